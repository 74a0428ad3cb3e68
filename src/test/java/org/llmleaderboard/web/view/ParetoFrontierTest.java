package org.llmleaderboard.web.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParetoFrontierTest {

    record Model(String name, double price, double score) {
    }

    private static List<String> frontier(boolean higherIsBetter, Model... models) {
        return ParetoFrontier.of(List.of(models), Model::price, Model::score, higherIsBetter).stream().map(Model::name).toList();
    }

    @Test
    void shouldKeepTheModelsNoOtherIsBothCheaperAndBetter() {
        List<String> frontier = frontier(true,
                new Model("expensive-best", 10, 90),
                new Model("cheap-weak", 0.1, 40),
                new Model("dominated", 5, 60),
                new Model("middle", 1, 70),
                new Model("pricier-worse", 20, 85));
        assertEquals(List.of("cheap-weak", "middle", "expensive-best"), frontier, "cheapest first");
    }

    @Test
    void shouldDropAWorseModelAtTheSamePriceAndABetterOneNeverDrops() {
        assertEquals(List.of("better"), frontier(true, new Model("worse", 1, 50), new Model("better", 1, 60)));
        assertEquals(List.of("cheaper"), frontier(true, new Model("dearer", 2, 60), new Model("cheaper", 1, 60)));
    }

    @Test
    void shouldKeepBothOfTwoIdenticalModelsOnTheFrontier() {
        assertEquals(List.of("a", "b"), frontier(true, new Model("a", 1, 60), new Model("b", 1, 60)));
    }

    @Test
    void shouldPreferLowerScoresWhenLowerIsBetter() {
        assertEquals(List.of("cheap", "low-error"), frontier(false,
                new Model("cheap", 1, 30), new Model("low-error", 5, 10), new Model("dominated", 6, 20)));
    }

    @Test
    void shouldBeEmptyForNoModels() {
        assertEquals(List.of(), frontier(true));
    }
}

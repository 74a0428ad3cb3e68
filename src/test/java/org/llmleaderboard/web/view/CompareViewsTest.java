package org.llmleaderboard.web.view;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ComparableSetting;
import org.llmleaderboard.service.read.ComparedBenchmark;
import org.llmleaderboard.service.read.Comparison;
import org.llmleaderboard.service.read.LabInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ScoreEntry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compare page's view logic, on hand-made models: what differs, what is best, how long a bar is. */
class CompareViewsTest {

    private static final ComparableSetting UNSPECIFIED = new ComparableSetting("unspecified", "unspecified", null, null, null, null, null);

    @Test
    void shouldMarkTheFactsThatDifferAndLinkEachColumnToTheComparisonWithoutIt() {
        CompareView view = CompareViews.of(new Comparison(List.of(model("a/one", "One", 70.0), model("b/two", "Two", 70.0),
                model("c/three", "Three", 400.0)), List.of()));
        CompareView.FactRow lab = fact(view, "Lab");
        assertEquals(List.of("Lab a", "Lab b", "Lab c"), lab.values());
        assertTrue(lab.differs());
        assertTrue(fact(view, "Parameters").differs(), "70 B, 70 B and 400 B");
        assertFalse(fact(view, "Architecture").differs(), "all Dense");
        assertEquals("/compare?models=b/two,c/three", view.models().get(0).removeHref());
        assertEquals("/compare?models=a/one,b/two,c/three", view.href());
        assertEquals("/?compare=a/one,b/two,c/three", view.leaderboardHref());
    }

    @Test
    void shouldGoBackToTheLeaderboardWhenTheOnlyModelIsRemoved() {
        CompareView view = CompareViews.of(new Comparison(List.of(model("a/one", "One", 1.0)), List.of()));
        assertTrue(view.needsAnother());
        assertEquals("/", view.models().get(0).removeHref());
        assertFalse(view.models().get(0).inPlace());
        assertFalse(fact(view, "Lab").differs(), "one model differs from nobody");
    }

    @Test
    void shouldMarkTheBestScoreByTheBenchmarksDirectionAndScaleBarsToItsRange() {
        ModelSummary one = model("a/one", "One", 1.0);
        ModelSummary two = model("b/two", "Two", 1.0);
        ModelSummary three = model("c/three", "Three", 1.0);
        // Points from 0 to 2000, lower is better; Three has no score in this setting.
        BenchmarkInfo elo = new BenchmarkInfo(1L, "cost", "Cost", "d", "points", false, 0.0, 2000.0, List.of(), null, null, null, null, null);
        Map<String, ScoreEntry> scores = new LinkedHashMap<>();
        scores.put("a/one", score("a/one", 500));
        scores.put("b/two", score("b/two", 1500));
        CompareView view = CompareViews.of(new Comparison(List.of(one, two, three),
                List.of(new ComparedBenchmark(elo, UNSPECIFIED, List.copyOf(scores.values()), scores))));
        CompareView.BenchmarkRow row = view.benchmarks().get(0);
        assertTrue(row.lowerIsBetter());
        assertTrue(row.cells().get(0).best(), "500 is best when lower is better");
        assertFalse(row.cells().get(1).best());
        assertFalse(row.cells().get(2).present(), "Three has no score here");
        CompareView.ChartGroup group = view.chart().get(0);
        assertEquals(List.of("25", "75"), group.bars().stream().map(CompareView.Bar::length).toList(), "500 and 1500 of 0–2000");
        assertTrue(group.note().contains("lower is better"));
    }

    @Test
    void shouldMarkNoScoreBestWhenAllAreEqual() {
        BenchmarkInfo mmlu = new BenchmarkInfo(1L, "mmlu", "MMLU", "d", "%", true, 0.0, 100.0, List.of(), null, null, null, null, null);
        Map<String, ScoreEntry> scores = new LinkedHashMap<>();
        scores.put("a/one", score("a/one", 80));
        scores.put("b/two", score("b/two", 80));
        CompareView view = CompareViews.of(new Comparison(List.of(model("a/one", "One", 1.0), model("b/two", "Two", 1.0)),
                List.of(new ComparedBenchmark(mmlu, UNSPECIFIED, List.copyOf(scores.values()), scores))));
        assertTrue(view.benchmarks().get(0).cells().stream().noneMatch(CompareView.Cell::best));
        assertEquals("80.0%", view.benchmarks().get(0).cells().get(0).value());
        assertNull(view.benchmarks().get(0).cells().get(0).variant());
    }

    private static CompareView.FactRow fact(CompareView view, String label) {
        return view.facts().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    private static ScoreEntry score(String model, double value) {
        return new ScoreEntry(model, "b", value, null, null, "https://example.org/" + model, null, LocalDate.of(2025, 1, 2), true, null,
                null, null, null, null, null, UNSPECIFIED, "scale", null, null, null, null, null);
    }

    private static ModelSummary model(String slug, String name, Double parameters) {
        String lab = slug.substring(0, slug.indexOf('/'));
        return new ModelSummary(1L + slug.hashCode(), slug, name, new LabInfo(1L, lab, "Lab " + lab, null, null), List.of(), null, null,
                DatePrecision.UNKNOWN, "Public", "Dense", parameters, null, null, null, null, null, null, null, List.of(), null, null, null,
                null, 0, List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, Map.of(),
                java.util.Set.of(), null, 0, null, null, null, null, null, List.of(), null);
    }
}

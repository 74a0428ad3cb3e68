package org.llmleaderboard.service.load.llmstats;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.importer.llmstats.LlmStats;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The units of llm-stats scores, without a database. */
class BenchmarkScalesTest {

    private static Benchmark entity(String slug, String unit) {
        Benchmark b = new Benchmark();
        b.slug = slug;
        b.unit = unit;
        return b;
    }

    private static BenchmarkScales scales(LlmStats.Score... scores) {
        return new BenchmarkScales(List.of(Tiny.model("acme", "m1", "M1", List.of(scores))));
    }

    @Test
    void shouldStoreFractionsOfAMaxScoreOfOneAsPercent() {
        LlmStats.Benchmark gpqa = Tiny.benchmark("gpqa", null, 1.0);
        BenchmarkScales scales = scales(Tiny.score("s1", "gpqa", "m1", 0.81234567));
        assertTrue(scales.percent(gpqa));
        scales.bind(gpqa, entity("gpqa", "%"));
        assertEquals(81.2346, scales.value(Tiny.score("s1", "gpqa", "m1", 0.81234567)), 1e-9, "× 100, rounded to 4 decimals");
    }

    @Test
    void shouldTreatABenchmarkWhoseScoresAreAllFractionsAsPercentWhateverItsMaxScore() {
        LlmStats.Benchmark mbpp = Tiny.benchmark("mbpp", null, 100.0);
        BenchmarkScales scales = scales(Tiny.score("s1", "mbpp", "m1", 0.5), Tiny.score("s2", "mbpp", "m1", 0.75));
        assertTrue(scales.percent(mbpp));
        scales.bind(mbpp, entity("mbpp", "%"));
        assertEquals(75.0, scales.value(Tiny.score("s2", "mbpp", "m1", 0.75)), 1e-9);
    }

    @Test
    void shouldKeepOtherScalesInTheirOwnPoints() {
        LlmStats.Benchmark cfeval = Tiny.benchmark("cfeval", null, 3000.0);
        BenchmarkScales scales = scales(Tiny.score("s1", "cfeval", "m1", 2029.0));
        assertFalse(scales.percent(cfeval));
        scales.bind(cfeval, entity("cfeval", "points"));
        assertEquals(2029.0, scales.value(Tiny.score("s1", "cfeval", "m1", 2029.0)), 1e-9);
    }

    @Test
    void shouldRescaleAPercentBenchmarkGivenOnAnotherScale() {
        LlmStats.Benchmark arena = Tiny.benchmark("arena", null, 10.0);
        BenchmarkScales scales = scales(Tiny.score("s1", "arena", "m1", 7.5));
        scales.bind(arena, entity("arena", "%"));
        assertEquals(75.0, scales.value(Tiny.score("s1", "arena", "m1", 7.5)), 1e-9);
    }

    @Test
    void shouldFindAScoresBenchmarkTheDatabaseKnowsByAliasWhenTheSetLacksItsFile() {
        Existing existing = new Existing();
        Benchmark hle = entity("hle", "%");
        existing.benchmarks.put("hle", hle);
        existing.benchmarkAliases.put("humanity's-last-exam", "hle");
        BenchmarkScales scales = scales(Tiny.score("s1", "humanity's-last-exam", "m1", 0.2));
        assertSame(hle, scales.resolve("humanity's-last-exam", existing));
        assertSame(hle, scales.benchmark("humanity's-last-exam"), "bound once found");
        assertEquals(20.0, scales.value(Tiny.score("s1", "humanity's-last-exam", "m1", 0.2)), 1e-9);
        assertNull(scales.resolve("no-such-benchmark", existing));
    }
}

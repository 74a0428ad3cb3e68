package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The capability score's formula: percentile ranks per benchmark, their mean over the benchmarks a model has. */
class CapabilityTest {

    private static Capability.Value v(long model, double value) {
        return new Capability.Value(model, value);
    }

    @Test
    void shouldRankFromZeroForTheLowestToHundredForTheHighest() {
        Map<Long, Double> p = Capability.percentiles(List.of(v(1, 40), v(2, 90), v(3, 65)), true);
        assertEquals(0.0, p.get(1L));
        assertEquals(50.0, p.get(3L));
        assertEquals(100.0, p.get(2L));
    }

    @Test
    void shouldShareTheMidRankWhenModelsTie() {
        // Four models, two tied in the middle: each beats one and ties one (counted half): (1 + 0.5) / 3.
        Map<Long, Double> p = Capability.percentiles(List.of(v(1, 10), v(2, 20), v(3, 20), v(4, 30)), true);
        assertEquals(50.0, p.get(2L), 1e-9);
        assertEquals(50.0, p.get(3L), 1e-9);
        assertEquals(100.0, p.get(4L));
    }

    @Test
    void shouldReverseTheRankWhenLowerIsBetter() {
        Map<Long, Double> p = Capability.percentiles(List.of(v(1, 1.0), v(2, 3.0)), false);
        assertEquals(100.0, p.get(1L));
        assertEquals(0.0, p.get(2L));
    }

    @Test
    void shouldPlaceASoleModelInTheMiddle() {
        assertEquals(50.0, Capability.percentiles(List.of(v(7, 12)), true).get(7L));
    }

    @Test
    void shouldAverageOverTheBenchmarksAModelHasAndCountThem() {
        Map<Long, Capability.Result> r = Capability.scores(List.of(Map.of(1L, 100.0, 2L, 0.0), Map.of(1L, 50.0),
                Map.of(1L, 90.0, 2L, 100.0)));
        assertEquals(80.0, r.get(1L).score(), 1e-9);
        assertEquals(3, r.get(1L).coverage());
        assertEquals(50.0, r.get(2L).score(), 1e-9);
        assertEquals(2, r.get(2L).coverage());
    }

    @Test
    void shouldSortLowCoverageAfterEveryCoveredModelWhenBelowTheThreshold() {
        Capability.Result covered = new Capability.Result(1.0, Capability.MIN_COVERAGE);
        Capability.Result low = new Capability.Result(100.0, Capability.MIN_COVERAGE - 1);
        assertFalse(covered.lowCoverage());
        assertTrue(low.lowCoverage());
        assertTrue(covered.sortKey() > low.sortKey(), "a covered 1 before a low-coverage 100");
        assertEquals(100.0 - Capability.LOW_COVERAGE_OFFSET, low.sortKey());
    }

    @Test
    void shouldNameEightCurrentBenchmarksAndAThresholdOfThree() {
        assertEquals(8, Capability.BENCHMARKS.size());
        assertTrue(Capability.BENCHMARKS.containsAll(List.of("gpqa", "mmlu-pro", "hle", "swe-bench-verified", "aime-2025")));
        assertEquals(3, Capability.MIN_COVERAGE);
    }
}

package org.llmleaderboard.service.load.llmstats;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.BenchmarkCrosswalk;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.BenchmarkDecision;
import org.llmleaderboard.service.load.llmstats.BenchmarkFamilies.Kind;
import org.llmleaderboard.service.load.llmstats.BenchmarkFamilies.Placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The resolution of source benchmarks into families, step by step, on ids of the bundled llm-stats set (no database). */
class BenchmarkFamiliesTest {

    /** What exists after the step's creations, as the step sees it: slug → parent (null: a family). */
    private static Map<String, String> known(String... slugs) {
        Map<String, String> m = new HashMap<>();
        for (String s : slugs) {
            m.put(s, null);
        }
        return m;
    }

    private static Placement place(BenchmarkDecision d, BenchmarkCrosswalk crosswalk, Map<String, String> parentOf) {
        Map<String, LlmStats.Benchmark> sources = Map.of(d.id(), Tiny.benchmark(d.id(), null, 1.0));
        return BenchmarkFamilies.place(List.of(d), sources, crosswalk, parentOf).get(0);
    }

    private static BenchmarkDecision created(String id, String slug) {
        return new BenchmarkDecision(id, id, Action.CREATE, slug, "new");
    }

    @Test
    void shouldPlaceASweBenchVerifiedVariantByTheCrosswalkWithItsHarness() {
        Placement p = place(created("swe-bench-verified-(agentless)", "swe-bench-verified-agentless"), BenchmarkCrosswalk.bundled(),
                known("swe-bench-verified", "swe-bench-verified-agentless"));
        assertEquals(Kind.VARIANT, p.kind());
        assertEquals("swe-bench-verified", p.family());
        assertEquals("harness-agentless", p.setting());
        assertEquals("crosswalk: SWE-bench Verified with the Agentless pipeline (arXiv 2407.01489)", p.rule());
    }

    @Test
    void shouldPutHumanEvalPlus2InTheFamilyOfHumanEvalPlus() {
        Placement p = place(created("humaneval+", "humaneval-plus-2"), BenchmarkCrosswalk.bundled(), known("humaneval-plus", "humaneval-plus-2"));
        assertEquals(Kind.VARIANT, p.kind());
        assertEquals("humaneval-plus", p.family());
        assertNull(p.setting());
    }

    @Test
    void shouldKeepWhatTheExactStepMatchedWhenTheCrosswalkSaysNothing() {
        Placement p = place(new BenchmarkDecision("gpqa", "GPQA", Action.MATCH, "gpqa", "same slug"), BenchmarkCrosswalk.bundled(),
                known("gpqa"));
        assertEquals(Kind.KEEP, p.kind());
        assertEquals("exact: same slug", p.rule());
    }

    @Test
    void shouldPlaceAFamilyWithASettingQualifierByTheNameRule() {
        Placement p = place(created("math-(cot)", "math-cot"), BenchmarkCrosswalk.NONE, known("math", "math-cot"));
        assertEquals(Kind.VARIANT, p.kind());
        assertEquals("math", p.family());
        assertEquals("cot", p.setting());
        assertEquals("name rule: family-(setting)", p.rule());
    }

    @Test
    void shouldPutUpForReviewWhatTheRulesCannotPlaceAndNeverMergeIt() {
        Placement pointwise = place(created("mrcr-1m-(pointwise)", "mrcr-1m-pointwise"), BenchmarkCrosswalk.bundled(),
                known("mrcr-1m", "mrcr-1m-pointwise"));
        assertEquals(Kind.REVIEW, pointwise.kind());
        assertEquals("mrcr-1m", pointwise.family(), "the family the rule suggests");
        assertEquals("its qualifier '(pointwise)' is no setting the name rules know", pointwise.rule());
        Placement biology = place(created("gpqa-biology", "gpqa-biology"), BenchmarkCrosswalk.bundled(), known("gpqa", "gpqa-biology"));
        assertEquals(Kind.REVIEW, biology.kind());
        assertEquals("gpqa", biology.family());
        assertEquals("its slug begins with the family 'gpqa'", biology.rule());
    }

    @Test
    void shouldMakeABenchmarkNoRuleConcernsAFamilyOfItsOwn() {
        Placement p = place(created("zebralogic", "zebralogic"), BenchmarkCrosswalk.bundled(), known("gpqa", "zebralogic"));
        assertEquals(Kind.OWN, p.kind());
        assertEquals("a new family", p.rule());
    }

    @Test
    void shouldNeverNestFamilies() {
        Map<String, String> parentOf = known("swe-bench-verified");
        parentOf.put("swe-bench-verified-agentless", "swe-bench-verified");
        parentOf.put("swe-bench-verified-agentless-cot", null);
        Placement p = place(created("swe-bench-verified-agentless-(cot)", "swe-bench-verified-agentless-cot"), BenchmarkCrosswalk.NONE, parentOf);
        assertEquals(Kind.VARIANT, p.kind());
        assertEquals("swe-bench-verified", p.family(), "a variant's family is its parent's");
    }
}

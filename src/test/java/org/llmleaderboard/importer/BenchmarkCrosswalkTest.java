package org.llmleaderboard.importer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's curated crosswalk file, and the errors a broken one gives. */
class BenchmarkCrosswalkTest {

    private static final BenchmarkCrosswalk BUNDLED = BenchmarkCrosswalk.bundled();

    @Test
    void shouldPlaceTheSweBenchVerifiedVariantsInTheirFamilyWithTheirHarness() {
        BenchmarkCrosswalk.Entry agentless = BUNDLED.find("llm-stats", "swe-bench-verified-(agentless)").orElseThrow();
        assertEquals("swe-bench-verified", agentless.family());
        assertEquals("harness-agentless", agentless.setting());
        assertEquals("harness-agentic-coding", BUNDLED.find("llm-stats", "swe-bench-verified-(agentic-coding)").orElseThrow().setting());
        assertEquals("harness-multiple-attempts", BUNDLED.find("llm-stats", "swe-bench-verified-(multiple-attempts)").orElseThrow().setting());
    }

    @Test
    void shouldPutHumanEvalPlusSignInTheHumanEvalPlusFamilyAndTheMmluVariantsUnderMmlu() {
        BenchmarkCrosswalk.Entry plus = BUNDLED.find("llm-stats", "humaneval+").orElseThrow();
        assertEquals("humaneval-plus", plus.family());
        assertNull(plus.setting(), "the same benchmark: no setting implied");
        for (String id : new String[] { "mmlu-(cot)", "mmlu-base", "mmlu-chat", "openai-mmlu", "mmlu-stem", "mmmlu" }) {
            assertEquals("mmlu", BUNDLED.find("llm-stats", id).orElseThrow().family(), id);
        }
        assertEquals("mmlu-pro", BUNDLED.find("llm-stats", "mmlu-pro").orElseThrow().family(), "a family of its own");
        assertTrue(BUNDLED.find("llm-stats", "gpqa-biology").isEmpty(), "left to the name rules");
    }

    @Test
    void shouldRefuseABrokenFileNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkCrosswalk.parse("""
                source,source_id,family,setting,reason
                llm-stats,x-(cot),x,cot.0-shot,wrong order
                llm-stats,,x,,
                llm-stats,y,y,,
                llm-stats,y,z,,
                """));
        assertTrue(e.getMessage().contains("line 2: 'cot.0-shot' is not a setting key"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3: expected"), e.getMessage());
        assertTrue(e.getMessage().contains("line 5: llm-stats y appears twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BenchmarkCrosswalk.parse("id,family\n"));
    }
}

package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActiveParametersTest {

    @Test
    void shouldReadActiveParametersFromQwenStyleNames() {
        assertEquals(22.0, ActiveParameters.of("Qwen3 235B A22B", null, 235.0));
        assertEquals(3.0, ActiveParameters.of("Qwen3-Next-80B-A3B-Instruct", null, 80.0));
    }

    @Test
    void shouldReadActiveParametersFromTheSourcesWords() {
        // llm-stats' DeepSeek-V3 description and the markdown set's DeepSeek-V3.1 notes.
        assertEquals(37.0, ActiveParameters.of("DeepSeek-V3", "A Mixture-of-Experts language model with 671B total parameters (37B activated per token).", 671.0));
        assertEquals(37.0, ActiveParameters.of("DeepSeek-V3.1", "V3 from Dec/2024: MMLU-Pro: 75.9 ➜ 81.2, GPQA: 59.1 ➜ 68.4. 37B active.", 685.0));
        assertEquals(6.6, ActiveParameters.of("Phi-3.5-MoE-instruct", "a Mixture-of-Experts model with ~42B total parameters (6.6B active)", 42.0));
    }

    @Test
    void shouldTakeNothingFromATextNamingSeveralModelsOrFromAFigureThatIsNotBelowTheTotal() {
        // The markdown set's Jamba 1.5 page names two models.
        assertNull(ActiveParameters.of("Jamba 1.5", "Jamba 1.5 Mini (12B active/52B total) and Jamba 1.5 Large (94B active/398B total)", 398.0));
        assertNull(ActiveParameters.of("Tiny", "7B active", 7.0));
        assertNull(ActiveParameters.of("GPT-4o", null, null));
    }
}

package org.llmleaderboard.importer.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The name rules on the names of the bundled data that issue 15 reports as duplicates. */
class ModelNamesTest {

    @Test
    void shouldIgnoreDateSuffixesOfApiSnapshots() {
        assertEquals("gpt4o", ModelNames.variantKey("gpt-4o-2024-11-20"));
        assertEquals("gpt4o", ModelNames.variantKey("GPT-4o 2024-08-06"));
        assertEquals("claude35sonnet", ModelNames.variantKey("Claude 3.5 Sonnet 20241022"));
        assertEquals("deepseekr1", ModelNames.variantKey("DeepSeek-R1-0528"));
        assertEquals("gemini25pro", ModelNames.variantKey("Gemini 2.5 Pro 06-05"));
    }

    @Test
    void shouldIgnoreNewPreviewAndInstructMarks() {
        assertEquals("claude35sonnet", ModelNames.variantKey("Claude 3.5 Sonnet (new)"));
        assertEquals("gemini25pro", ModelNames.variantKey("Gemini 2.5 Pro Preview 06-05"));
        assertEquals("kimik2", ModelNames.variantKey("Kimi K2-Instruct-0905"));
        assertEquals("kimik2", ModelNames.variantKey("Kimi K2 0905"));
        assertEquals("kimik2", ModelNames.variantKey("Kimi K2 Base"));
        assertEquals("llama31405b", ModelNames.variantKey("Llama 3.1 405B Instruct"));
    }

    @Test
    void shouldTellPlainNamesFromMarkedOnes() {
        assertFalse(ModelNames.isMarked("GPT-4o"));
        assertFalse(ModelNames.isMarked("Gemini 2.5 Pro"));
        assertTrue(ModelNames.isMarked("Gemini 2.5 Pro Preview"));
        assertTrue(ModelNames.isMarked("o1-2024-12-17"));
    }

    @Test
    void shouldKeepVersionsSizesAndPlusAsPartOfTheName() {
        assertNotEquals(ModelNames.variantKey("DeepSeek-V3.1"), ModelNames.variantKey("DeepSeek-V3"));
        assertNotEquals(ModelNames.variantKey("Command R+"), ModelNames.variantKey("Command R"));
        assertNotEquals(ModelNames.variantKey("Gemma 3 27B"), ModelNames.variantKey("Gemma 3"));
        assertEquals("gpt4", ModelNames.variantKey("GPT-4"), "a name is never reduced to nothing");
        assertEquals("2024", ModelNames.variantKey("2024"));
    }
}

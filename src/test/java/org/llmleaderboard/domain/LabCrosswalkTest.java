package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabCrosswalkTest {

    @Test
    void shouldMergeGoogleIntoGoogleDeepMindThroughTheBundledCrosswalk() {
        LabCrosswalk crosswalk = LabCrosswalk.bundled();
        assertEquals("google-deepmind", crosswalk.survivor("google"));
        assertEquals("google-deepmind", crosswalk.survivor("Google"));
        assertEquals("Google DeepMind", crosswalk.of("google").name());
        assertTrue(crosswalk.of("google").reason().contains("merged"), "every line says why");
        assertEquals("openai", crosswalk.survivor("openai"));
        assertNull(crosswalk.of("google-deepmind"));
    }

    @Test
    void shouldRefuseALineWithoutALabOrAChainOfAliases() {
        assertThrows(IllegalArgumentException.class, () -> LabCrosswalk.parse("alias,lab\ngoogle,\n"));
        assertThrows(IllegalArgumentException.class, () -> LabCrosswalk.parse("alias,lab\na,b\nb,c\n"));
    }
}

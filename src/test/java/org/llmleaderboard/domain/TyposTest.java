package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TyposTest {

    @Test
    void shouldFindOneSwapOfNeighbours() {
        assertTrue(Typos.oneEditApart("calude", "claude"));
        assertTrue(Typos.oneEditApart("gemnii", "gemini"));
        assertTrue(Typos.oneEditApart("lcaude", "claude"));
        assertTrue(Typos.oneEditApart("claued", "claude"));
    }

    @Test
    void shouldFindOneLetterDroppedAddedOrChanged() {
        assertTrue(Typos.oneEditApart("mistrl", "mistral"));
        assertTrue(Typos.oneEditApart("mistrall", "mistral"));
        assertTrue(Typos.oneEditApart("xistral", "mistral"));
        assertTrue(Typos.oneEditApart("mistrax", "mistral"));
        assertTrue(Typos.oneEditApart("istral", "mistral"));
    }

    @Test
    void shouldRefuseTwoEditsAndEqualWords() {
        assertFalse(Typos.oneEditApart("claude", "claude"));
        assertFalse(Typos.oneEditApart("caldue", "claude"), "two swaps");
        assertFalse(Typos.oneEditApart("gemma", "gemini"));
        assertFalse(Typos.oneEditApart("mistr", "mistral"));
        assertFalse(Typos.oneEditApart("acbd", "abdc"));
    }
}

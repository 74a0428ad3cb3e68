package org.llmleaderboard.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The rule of {@link ControlCharacters} on %-encoded query strings, and the error pages' link back. */
class ControlCharactersTest {

    @Test
    void shouldRemoveEncodedC0DelAndC1Characters() {
        assertEquals("q=deepseek", ControlCharacters.strip("q=deep%00seek%01%1F%7F%C2%80%c2%9f"));
    }

    @Test
    void shouldTurnTabAndLineBreaksIntoSpaces() {
        assertEquals("q=gpt+5+x+y", ControlCharacters.strip("q=gpt%095%0Ax%0dy"));
    }

    @Test
    void shouldKeepEverythingElseAsItIs() {
        String query = "q=t%C3%BClu+%25001&lab=openai&x=%C2%A0%E2%80%94";
        assertEquals(query, ControlCharacters.strip(query), "an escaped '%', accents, NBSP and dashes stay");
        assertSame("lab=openai", ControlCharacters.strip("lab=openai"));
    }

    @Test
    void shouldLinkBackOnlyToAPathOfThisSite() {
        assertEquals("/labs/openai", RequestLimitsRoute.back("/labs/openai"));
        assertEquals("/", RequestLimitsRoute.back("//evil.example/x"));
        assertEquals("/", RequestLimitsRoute.back("/\\evil.example/x"));
        assertEquals("/", RequestLimitsRoute.back("/" + "a".repeat(300)));
    }
}

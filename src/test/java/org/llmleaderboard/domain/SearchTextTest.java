package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchTextTest {

    @Test
    void shouldGiveEverySpellingOfGpt4oTheSameKey() {
        for (String spelling : List.of("gpt 4o", "gpt4o", "GPT-4o", "gpt\u20114o", "gpt\u20104o", "gpt\u20124o", "gpt\u20134o",
                "gpt\u20144o", "gpt\u20154o", "gpt\u22124o", "\uFF27\uFF30\uFF34\uFF0D\uFF14\uFF4F", "  Gpt_4o. ", "gpt\u00A04o")) {
            assertEquals("gpt4o", SearchText.key(spelling), spelling);
        }
    }

    @Test
    void shouldDropAccentsAndKeepLettersOfOtherScripts() {
        assertEquals("tulu3", SearchText.key("TÜLU 3"));
        assertEquals("ethzurich", SearchText.key("ETH Zürich"));
        assertEquals("通义千问2", SearchText.key("通义千问 2"));
        assertEquals("claude3opusplus", SearchText.key("Claude 3 Opus+"));
    }

    @Test
    void shouldSplitAQueryIntoCompactWordsAtSpacesOnly() {
        assertEquals(List.of("gpt", "4o"), SearchText.words("gpt 4o"));
        assertEquals(List.of("gpt4o", "mini"), SearchText.words(" GPT-4o\u00A0mini "));
        assertEquals(List.of("claude", "35", "sonnet"), SearchText.words("Claude 3.5 Sonnet"));
        assertEquals(List.of(), SearchText.words(" - / "));
    }

    @Test
    void shouldKeepTheNameAndTheLabApartInTheSearchText() {
        assertEquals("gpt4o|openai", SearchText.of("GPT-4o", "OpenAI"));
        assertEquals("tulu3|allenai", SearchText.of("TÜLU 3", "Allen AI"));
    }
}

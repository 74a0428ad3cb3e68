package org.llmleaderboard.service.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchVocabularyTest {

    private final SearchVocabulary.Words words = SearchVocabulary.Words.of(List.of("Claude 3.5 Sonnet", "Gemini 1.5 Pro",
            "Mistral Large 2", "Llama 3.1 405B", "LLaVA-NeXT", "GPT-4o", "Anthropic", "Google DeepMind", "claude-3-5-sonnet-20241022"));

    @Test
    void shouldCorrectAWordOfFiveLettersOrMoreThatIsFoundNowhere() {
        assertEquals(List.of("calude", "claude"), words.spellings("calude"));
        assertEquals(List.of("gemnii", "gemini"), words.spellings("gemnii"));
        assertEquals(List.of("mistrl", "mistral"), words.spellings("mistrl"));
        assertEquals(List.of("gtp4o", "gpt4o"), words.spellings("gtp4o"));
    }

    @Test
    void shouldLeaveAWordAloneWhenItIsFoundAsTyped() {
        assertEquals(List.of("llama"), words.spellings("llama"), "not also LLaVA, one letter away");
        assertEquals(List.of("sonnet"), words.spellings("sonnet"));
        assertEquals(List.of("deepm"), words.spellings("deepm"), "part of DeepMind");
    }

    @Test
    void shouldLeaveShortWordsAlone() {
        assertEquals(List.of("gpt4"), words.spellings("gpt4"));
        assertEquals(List.of("lama"), words.spellings("lama"));
        assertTrue(words.found("gpt4o"));
    }
}

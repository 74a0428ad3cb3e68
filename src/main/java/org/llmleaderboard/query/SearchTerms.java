package org.llmleaderboard.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A search as the repository runs it: the compact key of the whole query ({@code gpt4o}) and its words, each with the
 * spellings that count for it — the word itself first, then the known words one typo away when the word itself is
 * found nowhere ({@code calude} → claude). A model matches when every word is found, in any spelling, in its name, its
 * lab's name, a variant's name or an alias.
 *
 * @param key   the compact key of the whole query (letters and digits only)
 * @param words per word its spellings, the word as typed first
 */
public record SearchTerms(String key, List<List<String>> words) {

    public SearchTerms {
        List<List<String>> copy = new ArrayList<>();
        words.forEach(w -> copy.add(List.copyOf(w)));
        words = List.copyOf(copy);
    }

    /** The words as typed, without typo spellings. */
    public static SearchTerms exact(String key, List<String> words) {
        return new SearchTerms(key, words.stream().map(List::of).toList());
    }

    /** Whether some word is matched through a typo spelling. */
    public boolean hasTypos() {
        return words.stream().anyMatch(w -> w.size() > 1);
    }

    public boolean isEmpty() {
        return key.isEmpty() || words.isEmpty();
    }
}

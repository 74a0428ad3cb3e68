package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.SearchText;
import org.llmleaderboard.domain.Typos;
import org.llmleaderboard.query.SearchTerms;
import org.llmleaderboard.repository.SearchKeyRepository;
import org.llmleaderboard.service.DataVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The known words (of model, variant, lab names and aliases) that a mistyped search word is corrected to. Read in one
 * statement on the first search, and again on the first search after a write has changed the data version; between
 * them a search costs no statement here.
 */
@ApplicationScoped
public class SearchVocabulary {

    /** At most this many corrections per word, the first in alphabetical order: enough for one typo, and bounded SQL. */
    static final int MAX_CORRECTIONS = 6;

    /** The compact keys of every name (what a word must be found in), and their words (what it may be corrected to). */
    record Words(List<String> keys, Set<String> words) {

        static Words of(List<String> names) {
            List<String> keys = new ArrayList<>(names.size());
            Set<String> words = new TreeSet<>();
            for (String name : names) {
                String key = SearchText.key(name);
                keys.add(key);
                words.add(key);
                for (String part : SearchText.fold(name).split("[^\\p{L}\\p{N}+]+")) {
                    String w = SearchText.key(part);
                    if (w.length() >= Typos.MIN_LENGTH - 1) {
                        words.add(w);
                    }
                }
            }
            return new Words(List.copyOf(keys), words);
        }

        boolean found(String word) {
            return keys.stream().anyMatch(k -> k.contains(word));
        }

        /**
         * The word's spellings: itself, then — when it has at least five letters and is in no name — the known words
         * one typo away. A word found as typed is never corrected ("llama" does not also find "LLaVA").
         */
        List<String> spellings(String word) {
            List<String> out = new ArrayList<>();
            out.add(word);
            if (word.length() >= Typos.MIN_LENGTH && !found(word)) {
                words.stream().filter(w -> Typos.oneEditApart(word, w)).limit(MAX_CORRECTIONS).forEach(out::add);
            }
            return out;
        }
    }

    private final SearchKeyRepository repository;
    private final DataVersion version;
    private Words words;
    private long readAt = Long.MIN_VALUE;

    SearchVocabulary(SearchKeyRepository repository, DataVersion version) {
        this.repository = repository;
        this.version = version;
    }

    /** The search's terms: its compact key and, per word, its spellings. */
    public SearchTerms terms(String search) {
        List<String> typed = SearchText.words(search);
        if (typed.isEmpty()) {
            return SearchTerms.exact("", List.of());
        }
        Words known = words();
        return new SearchTerms(SearchText.key(search), typed.stream().map(known::spellings).toList());
    }

    private synchronized Words words() {
        long now = version.current();
        if (words == null || readAt != now) {
            words = Words.of(repository.names());
            readAt = now;
        }
        return words;
    }
}

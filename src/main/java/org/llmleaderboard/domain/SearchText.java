package org.llmleaderboard.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search: lower case, accents removed ("Tülu" matches "tulu"); and the compact search key, letters
 * and digits only, so that "GPT-4o", "gpt 4o", "gpt‑4o" (a non-breaking hyphen) and "ＧＰＴ－４ｏ" (fullwidth forms,
 * which NFKD maps to ASCII) all become {@code gpt4o}.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_KEY = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("")
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l')
                .replace('æ', 'a').replace('œ', 'o')
                .toLowerCase(Locale.ROOT);
        return folded.trim().replaceAll("\\s+", " ");
    }

    /**
     * The compact search key: folded, "+" spelled "plus" (as in "Claude 3 Opus+"), then letters and digits only. Every
     * dash, space and punctuation mark is dropped, so a query's key is contained in a name's key however either is written.
     */
    public static String key(String text) {
        return NOT_KEY.matcher(fold(text).replace("+", "plus")).replaceAll("");
    }

    /** The words of a query, each as its compact key ("GPT-4o mini" → gpt4o, mini); empty ones left out. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(fold(text))) {
            String k = key(w);
            if (!k.isEmpty() && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * What a model row is searched by: the compact keys of its name and its lab's, apart ("gpt4o|openai"), so that
     * "starts with" and "is exactly" can be asked of the name with {@code like}, and no query word spans both.
     */
    public static String of(String modelName, String labName) {
        String text = key(modelName) + "|" + key(labName);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}

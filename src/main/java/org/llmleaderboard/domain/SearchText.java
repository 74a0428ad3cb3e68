package org.llmleaderboard.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for search: lower case, accents removed ("Tülu" matches "tulu"). */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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

    static String of(String modelName, String labName) {
        String text = fold(modelName) + " | " + fold(labName);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}

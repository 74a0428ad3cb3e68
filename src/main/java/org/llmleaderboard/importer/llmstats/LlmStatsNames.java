package org.llmleaderboard.importer.llmstats;

import org.llmleaderboard.domain.SearchText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How {@link LlmStatsMatcher} compares names and makes slugs: normalised keys for model, benchmark and lab names, a
 * name's words, size words, and URL-safe slugs in the markdown set's style. Pure functions.
 */
public final class LlmStatsNames {

    /** A size word: 27b, 1.5b, 8x7b, e2b, a22b, 270m. */
    private static final Pattern SIZE = Pattern.compile("^[ae]?[0-9]+(\\.[0-9]+)?(x[0-9]+)?[bmkt]$");

    private LlmStatsNames() {
    }

    /** Model and benchmark names compared: accents, case and punctuation ignored, "+" kept as "plus". */
    public static String nameKey(String name) {
        return SearchText.fold(name).replace("+", "plus").replaceAll("[^a-z0-9]", "");
    }

    /** Lab names compared: as {@link #nameKey}, without a trailing "AI", "Labs", "Org", "Inc" or "Team". */
    public static String labKey(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(SearchText.fold(name).split("[^a-z0-9]+")));
        w.removeIf(String::isEmpty);
        while (w.size() > 1 && Set.of("ai", "labs", "lab", "org", "inc", "team").contains(w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        return String.join("", w);
    }

    /** A name's words: "Gemma 3 27B" → [gemma, 3, 27b]; "Qwen2.5-Coder" → [qwen2.5, coder]. */
    static List<String> words(String name) {
        return Arrays.stream(SearchText.fold(name).replace("+", " plus").split("[^a-z0-9.]+"))
                .map(w -> w.replaceAll("^\\.+|\\.+$", "")).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether this word (of {@link #words}) is a size: 27b, 1.5b, 8x7b, e2b, a22b, 270m. */
    static boolean isSize(String word) {
        return SIZE.matcher(word).matches();
    }

    /**
     * A URL-safe slug in the markdown set's style: lower case, accents folded, dots and quotes dropped, "+" as
     * "plus", every other run of signs a single hyphen: {@code humanity's-last-exam} → {@code humanitys-last-exam},
     * {@code swe-bench-verified-(agentless)} → {@code swe-bench-verified-agentless}, {@code humaneval+} →
     * {@code humaneval-plus}, {@code gemini-1.5-pro} → {@code gemini-15-pro}.
     */
    public static String slugify(String id) {
        String s = SearchText.fold(id).replace("'", "").replace("’", "").replace(".", "")
                .replace("+", "-plus-").replace("→", "-to-").replace(">", "-gt-").replace("<", "-lt-").replace("@", "-at-")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 90) {
            s = s.substring(0, 90).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }

    /** This slug, or with the first number from 2 that makes it unused; marks it used. */
    static String unique(String slug, Set<String> used) {
        String s = slug;
        for (int i = 2; used.contains(s); i++) {
            s = slug + "-" + i;
        }
        used.add(s);
        return s;
    }
}

package org.llmleaderboard.domain;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Active parameters (billions per token) where a source states them in words: a name in Qwen's style
 * ("Qwen3 235B A22B", "Qwen3-Next-80B-A3B-Instruct") or a text ("671B total parameters (37B activated per token)",
 * "17B active params"). A text that states several different values (the markdown set's Jamba page names two
 * models) gives none: the figure must belong to this model.
 */
public final class ActiveParameters {

    private static final Pattern NAME = Pattern.compile("(?i)\\b[0-9]+(?:\\.[0-9]+)?B[- ]A([0-9]+(?:\\.[0-9]+)?)B\\b");
    private static final Pattern TEXT = Pattern.compile(
            "(?i)(?<![0-9.×x])([0-9]+(?:\\.[0-9]+)?) ?B (?:active|activated)\\b");

    private ActiveParameters() {
    }

    /** From a name, else from a text; null when neither says it once, or when it is not below {@code total}. */
    public static Double of(String name, String text, Double total) {
        Double v = single(NAME, name);
        if (v == null) {
            v = single(TEXT, text);
        }
        return v == null || v <= 0 || (total != null && v >= total) ? null : v;
    }

    private static Double single(Pattern p, String text) {
        if (text == null) {
            return null;
        }
        Set<Double> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(Double.valueOf(m.group(1)));
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }
}

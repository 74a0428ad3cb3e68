package org.llmleaderboard.importer.identity;

import org.llmleaderboard.domain.SearchText;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The deterministic name rules of model identity. Two names with the same {@link #variantKey} name the same model or
 * one of its variants: case, accents and punctuation are ignored, and so are the marks of a snapshot or a setting at
 * the end of a name — "(new)", "Preview", "Instruct", "Base", and dates such as {@code -2024-08-06}, {@code 20241022},
 * {@code 0905}, {@code 06-05}, {@code 08-2024}. A name whose {@link #key} equals its variant key carries no such mark:
 * it is the plain model the others are variants of.
 */
public final class ModelNames {

    /** One mark at the end of a name, after a separator (never the whole name). */
    private static final Pattern MARK = Pattern.compile(
            "[\\s_-]+(?:\\(new\\)|\\(preview\\)|preview|instruct|base|\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{2}-\\d{2}|\\d{2}-\\d{4}|\\d{4})$");

    /**
     * Keys already computed: an import compares each record's name with every model of its lab, thousands of times
     * the same few thousand names. Bounded: cleared when full (names are short; a cleared cache only costs time).
     */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final Map<String, String> VARIANT_KEYS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 100_000;

    private ModelNames() {
    }

    /** The name compared exactly: case, accents and punctuation ignored, "+" kept as "plus" ("DeepSeek-V2.5" = "deepseek-v25"). */
    public static String key(String name) {
        return cached(KEYS, name, n -> SearchText.fold(n).replace("+", "plus").replaceAll("[^a-z0-9]", ""));
    }

    private static String cached(Map<String, String> cache, String name, java.util.function.UnaryOperator<String> compute) {
        if (name == null) {
            return compute.apply(null);
        }
        String key = cache.get(name);
        if (key == null) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            key = compute.apply(name);
            cache.put(name, key);
        }
        return key;
    }

    /** The name without its snapshot and setting marks, compared as {@link #key}: "Kimi K2-Instruct-0905" → {@code kimik2}. */
    public static String variantKey(String name) {
        return cached(VARIANT_KEYS, name, ModelNames::computeVariantKey);
    }

    private static String computeVariantKey(String name) {
        String s = SearchText.fold(name);
        while (true) {
            String shorter = MARK.matcher(s).replaceFirst("").strip();
            if (shorter.equals(s) || key(shorter).isEmpty()) {
                return key(s);
            }
            s = shorter;
        }
    }

    /** Whether the name carries a snapshot or setting mark (its variant key differs from its key). */
    public static boolean isMarked(String name) {
        return !key(name).equals(variantKey(name));
    }
}

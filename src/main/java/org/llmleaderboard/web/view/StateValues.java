package org.llmleaderboard.web.view;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The list helpers of {@link LeaderboardState}'s parsing and links, apart to keep that record readable. */
public final class StateValues {

    private StateValues() {
    }

    /** The values trimmed and in lower case, blanks and unknown values left out, each once, in their order. */
    static List<String> clean(Collection<String> values, Predicate<String> known) {
        if (values == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            String n = v.trim().toLowerCase(Locale.ROOT);
            if (known.test(n)) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    static List<String> minus(List<String> values, String value) {
        return values.stream().filter(v -> !v.equals(value)).toList();
    }

    /** A price as a URL writes it, 0 to 1,000,000; null when it is none or no such number. */
    public static Double price(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return v >= 0 && v <= 1_000_000 ? v : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A number of tokens as a URL writes it, 0 to 1,000,000,000; null when it is none or no such number. */
    public static Integer tokens(String text) {
        try {
            int v = Integer.parseInt(text.strip());
            return v >= 0 && v <= 1_000_000_000 ? v : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A page number from 1 to {@code maxPage}, or empty when the text is not one. */
    static java.util.OptionalInt pageNumber(String text, int maxPage) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 7 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return java.util.OptionalInt.empty();
        }
        int p = Integer.parseInt(t);
        return p >= 1 && p <= maxPage ? java.util.OptionalInt.of(p) : java.util.OptionalInt.empty();
    }

    /** {@code maxPrice} and {@code minContext} as a URL writes them, when set. */
    static void servingParams(org.llmleaderboard.query.ModelScope.Serving serving, List<String> parts) {
        if (serving.maxPrice() != null) {
            parts.add("maxPrice=" + java.math.BigDecimal.valueOf(serving.maxPrice()).stripTrailingZeros().toPlainString());
        }
        if (serving.minContext() != null) {
            parts.add("minContext=" + serving.minContext());
        }
    }
}

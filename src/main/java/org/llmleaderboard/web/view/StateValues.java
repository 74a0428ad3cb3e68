package org.llmleaderboard.web.view;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The list helpers of {@link LeaderboardState}'s parsing and links, apart to keep that record readable. */
final class StateValues {

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
}

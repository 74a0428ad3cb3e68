package org.llmleaderboard.web;

import org.llmleaderboard.web.view.LeaderboardState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Says what a leaderboard did with the values it could not use: a lab, architecture, access value, tag, band,
 * weights value, licence, column or sort that does not exist is left out (the page shows what it would without it)
 * and reported — "No lab 'nonexistent' — showing all labs" — instead of being dropped silently.
 */
final class UnknownValues {

    private UnknownValues() {
    }

    /** One notice per value of {@code raw} that {@code state} (parsed from it) left out, in parameter order. */
    static List<String> report(LeaderboardParams raw, LeaderboardState state, Predicate<String> knownBenchmark) {
        List<String> notices = new ArrayList<>();
        if (raw.sort != null && !raw.sort.isBlank() && !normal(raw.sort).equals(state.sort())) {
            notices.add("No column '" + LeaderboardParams.shorten(raw.sort) + "' to sort by — sorted by capability");
        }
        if (!state.labFixed()) {
            filter(notices, raw.labs, state.labs(), "lab", "labs");
        }
        if (!state.archFixed()) {
            filter(notices, raw.archs, state.archs(), "architecture", "architectures");
        }
        filter(notices, raw.access, state.access(), "access value", "access values");
        filter(notices, raw.tags, state.tags(), "tag", "tags");
        filter(notices, raw.bands, state.bands(), "ALScore band", "bands");
        filter(notices, raw.weights, state.weights(), "weights value", "weights");
        filter(notices, raw.licences, state.licences(), "licence", "licences");
        for (String c : distinct(raw.cols)) {
            if (!state.columns().contains(c)) {
                notices.add(knownBenchmark.test(c)
                        ? "At most " + LeaderboardState.MAX_COLUMNS + " benchmark columns — '" + LeaderboardParams.shorten(c) + "' not shown"
                        : "No benchmark '" + LeaderboardParams.shorten(c) + "' — no column for it");
            }
        }
        return List.copyOf(notices);
    }

    private static void filter(List<String> notices, Collection<String> raw, List<String> kept, String noun, String plural) {
        for (String v : distinct(raw)) {
            if (!kept.contains(v)) {
                notices.add("No " + noun + " '" + LeaderboardParams.shorten(v) + "' — "
                        + (kept.isEmpty() ? "showing all " + plural : "showing the other " + plural + " chosen"));
            }
        }
    }

    /** The values as the state reads them (trimmed, lower case), blanks left out, each once. */
    private static Set<String> distinct(Collection<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw != null) {
            raw.stream().filter(v -> v != null && !v.isBlank()).map(UnknownValues::normal).forEach(out::add);
        }
        return out;
    }

    private static String normal(String v) {
        return v.trim().toLowerCase(Locale.ROOT);
    }
}

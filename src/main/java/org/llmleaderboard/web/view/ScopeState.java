package org.llmleaderboard.web.view;

import org.llmleaderboard.query.AsOf;
import org.llmleaderboard.query.ModelScope;

import java.util.List;
import java.util.function.Predicate;

/**
 * The scope part of a {@link LeaderboardState} — {@code weights licence families asOf maxPrice minContext} and the
 * model's traits ({@link TraitValues}) — read from the URL, written back to it and taken apart by the chips' links;
 * apart from the state so that the filters people use can grow without it.
 */
final class ScopeState {

    private ScopeState() {
    }

    /** Only known values survive: unknown weights and licences, and dates {@code asOf} refuses, are left out. */
    static LeaderboardState.Scope parse(LeaderboardState.RawScope raw, Predicate<String> knownLicence) {
        return new LeaderboardState.Scope(
                StateValues.clean(raw.weights(), v -> v.equals("open") || v.equals("closed") || v.equals("unknown")),
                StateValues.clean(raw.licences(), knownLicence),
                raw.families() != null && raw.families().trim().equalsIgnoreCase("only"),
                AsOf.parse(raw.asOf()).filter(day -> AsOf.problem(day, AsOf.today()) == null).orElse(null),
                new ModelScope.Serving(StateValues.price(raw.maxPrice()), StateValues.tokens(raw.minContext())),
                raw.traits() == null ? org.llmleaderboard.query.ModelTraits.ANY : TraitValues.parse(raw.traits()));
    }

    /** The scope without one value of {@code param} (for a parameter written once, without it). */
    static LeaderboardState.Scope without(LeaderboardState.Scope s, String param, String value) {
        return new LeaderboardState.Scope(param.equals("weights") ? StateValues.minus(s.weights(), value) : s.weights(),
                param.equals("licence") ? StateValues.minus(s.licences(), value) : s.licences(), !param.equals("families") && s.families(),
                param.equals("asOf") ? null : s.asOf(),
                new ModelScope.Serving(param.equals("maxPrice") ? null : s.serving().maxPrice(),
                        param.equals("minContext") ? null : s.serving().minContext()),
                TraitValues.without(s.traits(), param, value));
    }

    /** The scope's URL parameters, defaults left out. */
    static void params(LeaderboardState.Scope s, List<String> parts) {
        s.weights().forEach(v -> parts.add("weights=" + Format.param(v)));
        s.licences().forEach(v -> parts.add("licence=" + Format.param(v)));
        if (s.families()) {
            parts.add("families=only");
        }
        if (s.asOf() != null) {
            parts.add("asOf=" + s.asOf());
        }
        StateValues.servingParams(s.serving(), parts);
        TraitValues.params(s.traits(), parts);
    }
}

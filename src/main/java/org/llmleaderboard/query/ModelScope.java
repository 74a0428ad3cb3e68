package org.llmleaderboard.query;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which models a view covers beyond the markdown set's filters: open or closed weights, licences (llm-stats
 * licence ids, e.g. {@code mit}, {@code proprietary}), families only (variants such as "Gemma 3 12B" left out,
 * their family "Gemma 3" kept), a date, and what their serving must offer.
 *
 * @param weights      {@code open}, {@code closed}, {@code unknown}; empty for all
 * @param licences     licence ids; empty for all
 * @param familiesOnly leave out models that are variants of a family model
 * @param asOf         the view as of this date ({@link AsOf}): models released and scores dated by then; null for today
 *                     with every model, also those without a release date
 * @param serving      the cheapest input price at most and the context window at least; {@link Serving#ANY} for all
 * @param traits       size, release, modalities, reasoning, commercial use ({@link ModelTraits}); {@link ModelTraits#ANY} for all
 */
public record ModelScope(Set<String> weights, Set<String> licences, boolean familiesOnly, LocalDate asOf, Serving serving,
        ModelTraits traits) {

    public static final ModelScope ALL = new ModelScope(Set.of(), Set.of(), false, null, Serving.ANY, ModelTraits.ANY);
    public static final Set<String> WEIGHTS = Set.of("open", "closed", "unknown");

    /**
     * @param maxPrice   the cheapest offering's input price at most, US dollars per million tokens (models without a
     *                   price are left out); null for any
     * @param minContext the context window at least, in tokens (models without one are left out); null for any
     */
    public record Serving(Double maxPrice, Integer minContext) {
        public static final Serving ANY = new Serving(null, null);

        public boolean isAny() {
            return maxPrice == null && minContext == null;
        }
    }

    public ModelScope {
        weights = weights == null ? Set.of() : Set.copyOf(weights);
        licences = licences == null ? Set.of() : Set.copyOf(licences);
        serving = serving == null ? Serving.ANY : serving;
        traits = traits == null ? ModelTraits.ANY : traits;
    }

    /** A view with these servings, whatever the model's traits. */
    public ModelScope(Set<String> weights, Set<String> licences, boolean familiesOnly, LocalDate asOf, Serving serving) {
        this(weights, licences, familiesOnly, asOf, serving, ModelTraits.ANY);
    }

    /** The same scope with these traits. */
    public ModelScope withTraits(ModelTraits other) {
        return new ModelScope(weights, licences, familiesOnly, asOf, serving, other);
    }

    /** A view as of a date, whatever the serving. */
    public ModelScope(Set<String> weights, Set<String> licences, boolean familiesOnly, LocalDate asOf) {
        this(weights, licences, familiesOnly, asOf, Serving.ANY);
    }

    /** Today's view (no {@code asOf}). */
    public ModelScope(Set<String> weights, Set<String> licences, boolean familiesOnly) {
        this(weights, licences, familiesOnly, null);
    }

    public boolean isAll() {
        return weights.isEmpty() && licences.isEmpty() && !familiesOnly && asOf == null && serving.isAny() && traits.isAny();
    }
}

package org.llmleaderboard.query;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which models a view covers beyond the markdown set's filters: open or closed weights, licences (llm-stats
 * licence ids, e.g. {@code mit}, {@code proprietary}) and families only (variants such as "Gemma 3 12B" left out,
 * their family "Gemma 3" kept).
 *
 * @param weights      {@code open}, {@code closed}, {@code unknown}; empty for all
 * @param licences     licence ids; empty for all
 * @param familiesOnly leave out models that are variants of a family model
 * @param asOf         the view as of this date ({@link AsOf}): models released and scores dated by then; null for today
 *                     with every model, also those without a release date
 */
public record ModelScope(Set<String> weights, Set<String> licences, boolean familiesOnly, LocalDate asOf) {

    public static final ModelScope ALL = new ModelScope(Set.of(), Set.of(), false, null);
    public static final Set<String> WEIGHTS = Set.of("open", "closed", "unknown");

    public ModelScope {
        weights = weights == null ? Set.of() : Set.copyOf(weights);
        licences = licences == null ? Set.of() : Set.copyOf(licences);
    }

    /** Today's view (no {@code asOf}). */
    public ModelScope(Set<String> weights, Set<String> licences, boolean familiesOnly) {
        this(weights, licences, familiesOnly, null);
    }

    public boolean isAll() {
        return weights.isEmpty() && licences.isEmpty() && !familiesOnly && asOf == null;
    }
}

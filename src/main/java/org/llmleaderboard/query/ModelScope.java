package org.llmleaderboard.query;

import java.util.Set;

/**
 * Which models a view covers beyond the markdown set's filters: open or closed weights, licences (llm-stats
 * licence ids, e.g. {@code mit}, {@code proprietary}) and families only (variants such as "Gemma 3 12B" left out,
 * their family "Gemma 3" kept).
 *
 * @param weights      {@code open}, {@code closed}, {@code unknown}; empty for all
 * @param licences     licence ids; empty for all
 * @param familiesOnly leave out models that are variants of a family model
 */
public record ModelScope(Set<String> weights, Set<String> licences, boolean familiesOnly) {

    public static final ModelScope ALL = new ModelScope(Set.of(), Set.of(), false);
    public static final Set<String> WEIGHTS = Set.of("open", "closed", "unknown");

    public ModelScope {
        weights = weights == null ? Set.of() : Set.copyOf(weights);
        licences = licences == null ? Set.of() : Set.copyOf(licences);
    }

    public boolean isAll() {
        return weights.isEmpty() && licences.isEmpty() && !familiesOnly;
    }
}

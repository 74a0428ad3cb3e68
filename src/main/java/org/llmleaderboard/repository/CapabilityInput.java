package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A headline score on a benchmark of the capability set's families, with the leaderboard row it counts for.
 *
 * @param model    the leaderboard row: the model, or for a variant's score the model it is a variant of
 * @param own      whether the score is the row's own (not a variant's)
 * @param family   the benchmark's family slug
 * @param onFamily whether it is on the family benchmark itself (the leaderboard's column), not on a variant of it
 */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record CapabilityInput(Long model, boolean own, String family, boolean onFamily, boolean higherIsBetter, double value) {
}

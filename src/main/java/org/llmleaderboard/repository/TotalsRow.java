package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Totals over the whole database, in one statement.
 *
 * @param computeOptimal models with at least the compute-optimal ratio of training tokens per parameter
 * @param underTrained   models below it (models without a ratio are in neither)
 */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record TotalsRow(Long models, Long labs, Long benchmarks, Long scores, Long headlineScores, Long withParameters,
        Long computeOptimal, Long underTrained) {
}

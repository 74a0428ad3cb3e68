package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Models released in one calendar month with the same open-weights value (null: not known). */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record MonthRow(Integer year, Integer month, Boolean openWeights, Long models) {
}

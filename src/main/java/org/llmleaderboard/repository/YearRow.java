package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Models released in one year; for the year null (no release date), {@code tba} counts those announced as "TBA".
 */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record YearRow(Integer year, Long models, Long tba) {
}

package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A score outside its benchmark's range, for the data-quality report. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record OutOfRangeRow(String modelSlug, String modelName, String benchmarkSlug, String benchmarkName, double value,
        Double minScore, Double maxScore) {
}

package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A lab with its model count, public and private counts (null when it has no models) and best raw ALScore.
 */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record LabTotals(String slug, String name, String website, String country, Long models, Long publicModels,
        Long privateModels, Double bestAlScoreKey) {
}

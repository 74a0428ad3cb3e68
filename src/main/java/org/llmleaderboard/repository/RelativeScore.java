package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A related model (a variant, the family, the base model, one to compare with) with one of its headline scores;
 * {@code benchmarkSlug} and {@code score} are null for a model without any.
 *
 * @param familyId the id of the model's family, null for none
 */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record RelativeScore(String slug, String name, Long familyId, String benchmarkSlug, Double score) {
}

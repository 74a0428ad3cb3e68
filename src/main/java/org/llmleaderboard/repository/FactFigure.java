package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A numeric sourced fact of a model, by the model's slug, with where it comes from. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record FactFigure(String modelSlug, String origin, double value) {
}

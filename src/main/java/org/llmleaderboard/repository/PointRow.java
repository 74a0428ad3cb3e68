package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A model as a point of a chart: a value (its parameters, or its cheapest blended price) against its headline score
 * on one benchmark, and whether its weights are open (null: not known).
 */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record PointRow(String name, String slug, String lab, Double value, Double score, Boolean openWeights) {
}

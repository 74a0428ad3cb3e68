package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A provider's offering of a model as values, for the price table: no entity, so reading thousands fills no session. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record OfferingRow(String modelSlug, String model, String lab, String provider, Double inputPrice, Double outputPrice,
        Integer contextWindow, Integer maxOutput) {
}

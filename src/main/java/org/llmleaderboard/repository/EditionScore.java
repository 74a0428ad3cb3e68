package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A score in one of a source's editions (a LiveBench release), with its benchmark and the model it ranks as. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record EditionScore(String edition, Long benchmarkId, String benchmarkSlug, String benchmarkName, double value, Long rankedModelId) {
}

package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A model's headline score on one benchmark: what a leaderboard row, the JSON API and {@code score(benchmark:)} show. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record HeadlineScore(Long modelId, String benchmarkSlug, double value) {
}

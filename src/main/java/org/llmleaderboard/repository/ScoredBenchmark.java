package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.llmleaderboard.domain.Benchmark;

/** A benchmark and the number of models with a headline score on it. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record ScoredBenchmark(Benchmark benchmark, Long scoredModels) {
}

package org.llmleaderboard.repository;

/**
 * A model's rank on one benchmark: 1 + the number of better headline scores (ties share a rank), out of
 * {@code rankedModels}.
 */
public record RankRow(Long benchmarkId, int rank, int rankedModels) {
}

package org.llmleaderboard.repository;

/** A model's headline score on one benchmark: what a leaderboard row, the JSON API and {@code score(benchmark:)} show. */
public record HeadlineScore(Long modelId, String benchmarkSlug, double value) {
}

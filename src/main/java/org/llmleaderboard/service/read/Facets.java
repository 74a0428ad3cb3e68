package org.llmleaderboard.service.read;

import java.util.List;
import java.util.Map;

/**
 * What a leaderboard page offers to filter and sort by, read in one call: labs with their totals, tags with their
 * counts (most used first), benchmarks with their scored models, and the model counts per access, architecture,
 * weights and licence.
 */
public record Facets(List<LabSummary> labs, Map<String, Long> tags, BenchmarkCatalog.Benchmarks benchmarks, ModelCounts models) {
}

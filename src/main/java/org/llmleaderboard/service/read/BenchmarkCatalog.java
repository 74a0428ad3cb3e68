package org.llmleaderboard.service.read;

import jakarta.enterprise.context.RequestScoped;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.ScoredBenchmark;
import org.llmleaderboard.service.DataVersion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmarks, read once per request: a page needs them for its filters, its columns, the known benchmark slugs
 * of its models and their ranks, and a GraphQL request in several resolvers. Read again when a write has committed
 * meanwhile (a mutation, then a read in the same request).
 */
@RequestScoped
public class BenchmarkCatalog {

    /** All benchmarks in a stable order (the seeded ones first), with the number of models scored on each, by slug. */
    public record Benchmarks(List<BenchmarkInfo> all, Map<String, Integer> scoredModels) {

        public Optional<BenchmarkInfo> bySlug(String slug) {
            return all.stream().filter(b -> b.slug().equals(slug)).findFirst();
        }

        public Set<String> slugs() {
            return scoredModels.keySet();
        }
    }

    private final BenchmarkRepository repository;
    private final DataVersion version;
    private Benchmarks benchmarks;
    private long readAt;

    BenchmarkCatalog(BenchmarkRepository repository, DataVersion version) {
        this.repository = repository;
        this.version = version;
    }

    public synchronized Benchmarks benchmarks() {
        long now = version.current();
        if (benchmarks == null || readAt != now) {
            List<ScoredBenchmark> rows = repository.listScored();
            Map<String, Integer> scored = new HashMap<>();
            rows.forEach(r -> scored.put(r.benchmark().slug, r.scoredModels().intValue()));
            benchmarks = new Benchmarks(rows.stream().map(r -> BenchmarkInfo.from(r.benchmark())).toList(), Map.copyOf(scored));
            readAt = now;
        }
        return benchmarks;
    }
}

package org.llmleaderboard.graphql;

import jakarta.enterprise.context.RequestScoped;
import org.llmleaderboard.graphql.type.BenchmarkType;
import org.llmleaderboard.graphql.type.ScoreType;
import org.llmleaderboard.service.LeaderboardService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-request loader for {@code Benchmark.ranking(first:)}: the resolvers that return benchmarks
 * register them here, and the first {@code ranking} call loads the rankings of all of them at once.
 * <p>
 * Why not a {@code @Source List} batch resolver: in SmallRye GraphQL 2.17 an error thrown by a batch
 * resolver (here: {@code first} above the cap) reaches the client as "System error", and aliases
 * with different arguments are merged. This keeps one query per distinct {@code first}, clear errors,
 * and correct aliases.
 */
@RequestScoped
public class BenchmarkRankings {

    private final LeaderboardService leaderboard;
    private final Map<String, BenchmarkType> seen = new LinkedHashMap<>();
    private final Map<Integer, Map<String, List<ScoreType>>> loaded = new HashMap<>();

    BenchmarkRankings(LeaderboardService leaderboard) {
        this.leaderboard = leaderboard;
    }

    /** Called by every resolver that returns benchmarks. */
    public synchronized void register(Collection<BenchmarkType> benchmarks) {
        benchmarks.forEach(b -> {
            if (b != null) {
                seen.putIfAbsent(b.slug(), b);
            }
        });
    }

    public synchronized List<ScoreType> ranking(BenchmarkType benchmark, int first) {
        seen.putIfAbsent(benchmark.slug(), benchmark);
        Map<String, List<ScoreType>> byBenchmark = loaded.computeIfAbsent(first, k -> new HashMap<>());
        if (!byBenchmark.containsKey(benchmark.slug())) {
            List<BenchmarkType> missing = new ArrayList<>();
            seen.values().forEach(b -> {
                if (!byBenchmark.containsKey(b.slug())) {
                    missing.add(b);
                }
            });
            List<List<ScoreType>> rankings = leaderboard.rankings(missing, first);
            for (int i = 0; i < missing.size(); i++) {
                byBenchmark.put(missing.get(i).slug(), rankings.get(i));
            }
        }
        return byBenchmark.get(benchmark.slug());
    }
}

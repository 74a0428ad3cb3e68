package org.llmleaderboard.graphql;

import jakarta.enterprise.context.RequestScoped;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.BenchmarkRankingService;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.LeaderboardService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A per-request loader for {@code Benchmark.ranking(first:, setting:)}: the resolvers that return benchmarks
 * register them here, and the first {@code ranking} call loads the rankings of all of them at once (each its family's
 * ranking in that setting, {@link BenchmarkRankingService}).
 * <p>
 * Why not a {@code @Source List} batch resolver: in SmallRye GraphQL 2.17 an error thrown by a batch
 * resolver (here: {@code first} above the cap) reaches the client as "System error", and aliases
 * with different arguments are merged. This keeps one query per distinct {@code first}, {@code setting} and {@code asOf}, clear errors,
 * and correct aliases.
 */
@RequestScoped
public class BenchmarkRankings {

    private final LeaderboardService leaderboard;
    private final BenchmarkRankingService families;
    private final Map<String, BenchmarkInfo> seen = new LinkedHashMap<>();
    /** By {@code first} and {@code setting} ("50|harness-agentless", "50|" for the defaults), then by benchmark slug. */
    private final Map<String, Map<String, List<ScoreEntry>>> loaded = new HashMap<>();
    private final Map<String, ModelSummary> models = new HashMap<>();
    private Map<String, BenchmarkInfo> benchmarks;

    BenchmarkRankings(LeaderboardService leaderboard, BenchmarkRankingService families) {
        this.leaderboard = leaderboard;
        this.families = families;
    }

    /** Called by every resolver that returns benchmarks. */
    public synchronized void register(Collection<BenchmarkInfo> benchmarks) {
        benchmarks.forEach(b -> {
            if (b != null) {
                seen.putIfAbsent(b.slug(), b);
            }
        });
    }

    /** {@code setting} null: each benchmark's default setting; {@code asOf} null: today. */
    public synchronized List<ScoreEntry> ranking(BenchmarkInfo benchmark, int first, String setting, LocalDate asOf)
            throws InvalidArgumentException {
        seen.putIfAbsent(benchmark.slug(), benchmark);
        Map<String, List<ScoreEntry>> byBenchmark = loaded.computeIfAbsent(first + "|" + (setting == null ? "" : setting)
                + "|" + (asOf == null ? "" : asOf), k -> new HashMap<>());
        if (!byBenchmark.containsKey(benchmark.slug())) {
            List<BenchmarkInfo> missing = new ArrayList<>();
            seen.values().forEach(b -> {
                if (!byBenchmark.containsKey(b.slug())) {
                    missing.add(b);
                }
            });
            List<List<ScoreEntry>> rankings = families.rankings(missing, setting, first, asOf);
            for (int i = 0; i < missing.size(); i++) {
                byBenchmark.put(missing.get(i).slug(), rankings.get(i));
            }
            // The ranked models, at once: their Score.model batches are then answered from memory.
            models(rankings.stream().flatMap(List::stream).map(ScoreEntry::modelSlug).distinct().toList());
        }
        return byBenchmark.get(benchmark.slug());
    }

    /**
     * {@code Score.model} for a batch: models loaded earlier in this request are reused, the others loaded at once.
     * SmallRye may dispatch one field's batch in several rounds (timing-dependent, e.g. under hundreds of rankings):
     * the cache keeps the number of statements independent of how the batch was split.
     */
    public synchronized List<ModelSummary> models(List<String> slugs) {
        List<String> missing = slugs.stream().filter(s -> !models.containsKey(s)).distinct().toList();
        if (!missing.isEmpty()) {
            List<ModelSummary> found = leaderboard.modelsBySlugs(missing);
            for (int i = 0; i < missing.size(); i++) {
                models.put(missing.get(i), found.get(i));
            }
        }
        return slugs.stream().map(models::get).toList();
    }

    /** Models this request has already loaded (a page of models): their scores' {@code Score.model} needs no statement. */
    public synchronized void remember(List<ModelSummary> loaded) {
        loaded.forEach(m -> models.putIfAbsent(m.slug(), m));
    }

    /** {@code Score.benchmark} for a batch, from all benchmarks read once per request. */
    public synchronized List<BenchmarkInfo> benchmarks(List<String> slugs) {
        if (benchmarks == null) {
            benchmarks = new HashMap<>();
            leaderboard.benchmarks().forEach(b -> benchmarks.put(b.slug(), b));
        }
        return slugs.stream().map(benchmarks::get).toList();
    }
}

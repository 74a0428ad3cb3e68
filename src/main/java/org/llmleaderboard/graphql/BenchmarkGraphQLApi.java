package org.llmleaderboard.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.service.read.ModelStats;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.service.read.InsightsService;
import org.llmleaderboard.service.read.LeaderboardService;

import java.util.List;

@GraphQLApi
public class BenchmarkGraphQLApi {

    private final LeaderboardService leaderboard;
    private final InsightsService insights;
    private final BenchmarkRankings rankings;

    BenchmarkGraphQLApi(LeaderboardService leaderboard, InsightsService insights, BenchmarkRankings rankings) {
        this.leaderboard = leaderboard;
        this.insights = insights;
        this.rankings = rankings;
    }

    @Query("benchmarks")
    @Description("All benchmarks")
    public @NonNull List<@NonNull BenchmarkInfo> benchmarks() {
        List<BenchmarkInfo> all = leaderboard.benchmarks();
        rankings.register(all);
        return all;
    }

    @Query("benchmark")
    @Description("One benchmark by its slug, e.g. `gpqa`, or by an alias (an llm-stats id such as `humanity's-last-exam`)")
    public BenchmarkInfo benchmark(@NonNull String slug) {
        BenchmarkInfo benchmark = leaderboard.canonicalBenchmarkSlug(slug).flatMap(leaderboard::benchmark).orElse(null);
        rankings.register(java.util.Collections.singletonList(benchmark));
        return benchmark;
    }

    @Query("stats")
    @Description("Totals: models, labs, access and architectures")
    public @NonNull ModelStats stats() {
        return insights.stats();
    }

    @Name("ranking")
    @Description("Headline scores on this benchmark, best first (ties by model name); `first` is at most 500")
    public @NonNull List<@NonNull ScoreEntry> ranking(@Source BenchmarkInfo benchmark, @DefaultValue("50") int first)
            throws InvalidArgumentException {
        if (first < 0 || first > LeaderboardQuery.MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first",
                    "`first` must be between 0 and " + LeaderboardQuery.MAX_PAGE_SIZE + ", was " + first + ".");
        }
        return rankings.ranking(benchmark, first);
    }

    @Name("model")
    @Description("The model scored")
    public @NonNull List<@NonNull ModelSummary> scoreModel(@Source List<ScoreEntry> scores) {
        return rankings.models(scores.stream().map(ScoreEntry::modelSlug).toList());
    }

    @Name("benchmark")
    @Description("The benchmark")
    public @NonNull List<@NonNull BenchmarkInfo> scoreBenchmark(@Source List<ScoreEntry> scores) {
        List<BenchmarkInfo> benchmarks = rankings.benchmarks(scores.stream().map(ScoreEntry::benchmarkSlug).toList());
        rankings.register(benchmarks);
        return benchmarks;
    }
}

package org.llmleaderboard.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.llmleaderboard.graphql.type.BenchmarkType;
import org.llmleaderboard.graphql.type.LanguageModelType;
import org.llmleaderboard.graphql.type.ScoreType;
import org.llmleaderboard.graphql.type.StatsType;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.query.LeaderboardQuery;
import org.llmleaderboard.service.LeaderboardService;

import java.util.List;

@GraphQLApi
public class BenchmarkGraphQLApi {

    private final LeaderboardService leaderboard;
    private final BenchmarkRankings rankings;

    BenchmarkGraphQLApi(LeaderboardService leaderboard, BenchmarkRankings rankings) {
        this.leaderboard = leaderboard;
        this.rankings = rankings;
    }

    @Query("benchmarks")
    @Description("All benchmarks")
    public @NonNull List<@NonNull BenchmarkType> benchmarks() {
        List<BenchmarkType> all = leaderboard.benchmarks();
        rankings.register(all);
        return all;
    }

    @Query("benchmark")
    @Description("One benchmark by its slug, e.g. `gpqa`, or by an alias (an llm-stats id such as `humanity's-last-exam`)")
    public BenchmarkType benchmark(@NonNull String slug) {
        BenchmarkType benchmark = leaderboard.canonicalBenchmarkSlug(slug).flatMap(leaderboard::benchmark).orElse(null);
        rankings.register(java.util.Collections.singletonList(benchmark));
        return benchmark;
    }

    @Query("stats")
    @Description("Totals: models, labs, access and architectures")
    public @NonNull StatsType stats() {
        return leaderboard.stats();
    }

    @Name("ranking")
    @Description("Headline scores on this benchmark, best first (ties by model name); `first` is at most 500")
    public @NonNull List<@NonNull ScoreType> ranking(@Source BenchmarkType benchmark, @DefaultValue("50") int first)
            throws InvalidArgumentException {
        if (first < 0 || first > LeaderboardQuery.MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first",
                    "`first` must be between 0 and " + LeaderboardQuery.MAX_PAGE_SIZE + ", was " + first + ".");
        }
        return rankings.ranking(benchmark, first);
    }

    @Name("model")
    @Description("The model scored")
    public @NonNull List<@NonNull LanguageModelType> scoreModel(@Source List<ScoreType> scores) {
        return rankings.models(scores.stream().map(ScoreType::modelSlug).toList());
    }

    @Name("benchmark")
    @Description("The benchmark")
    public @NonNull List<@NonNull BenchmarkType> scoreBenchmark(@Source List<ScoreType> scores) {
        List<BenchmarkType> benchmarks = rankings.benchmarks(scores.stream().map(ScoreType::benchmarkSlug).toList());
        rankings.register(benchmarks);
        return benchmarks;
    }
}

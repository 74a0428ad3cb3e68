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
import org.llmleaderboard.service.LeaderboardService;

import java.util.List;

@GraphQLApi
public class BenchmarkGraphQLApi {

    private final LeaderboardService leaderboard;

    BenchmarkGraphQLApi(LeaderboardService leaderboard) {
        this.leaderboard = leaderboard;
    }

    @Query("benchmarks")
    @Description("All benchmarks")
    public @NonNull List<@NonNull BenchmarkType> benchmarks() {
        return leaderboard.benchmarks();
    }

    @Query("benchmark")
    @Description("One benchmark by its slug, e.g. `gpqa`")
    public BenchmarkType benchmark(@NonNull String slug) {
        return leaderboard.benchmark(slug).orElse(null);
    }

    @Query("stats")
    @Description("Totals: models, labs, access and architectures")
    public @NonNull StatsType stats() {
        return leaderboard.stats();
    }

    @Name("ranking")
    @Description("Headline scores on this benchmark, best first (ties by model name); `first` is at most 500")
    public @NonNull List<@NonNull List<@NonNull ScoreType>> ranking(@Source List<BenchmarkType> benchmarks,
            @DefaultValue("50") int first) throws InvalidArgumentException {
        return leaderboard.rankings(benchmarks, first);
    }

    @Name("model")
    @Description("The model scored")
    public @NonNull List<@NonNull LanguageModelType> scoreModel(@Source List<ScoreType> scores) {
        return leaderboard.modelsBySlugs(scores.stream().map(ScoreType::modelSlug).toList());
    }

    @Name("benchmark")
    @Description("The benchmark")
    public @NonNull List<@NonNull BenchmarkType> scoreBenchmark(@Source List<ScoreType> scores) {
        return leaderboard.benchmarksBySlugs(scores.stream().map(ScoreType::benchmarkSlug).toList());
    }
}

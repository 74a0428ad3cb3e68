package org.llmleaderboard.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.BenchmarkRankingService;
import org.llmleaderboard.service.read.BenchmarkSetting;
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
    private final BenchmarkRankingService families;

    BenchmarkGraphQLApi(LeaderboardService leaderboard, InsightsService insights, BenchmarkRankings rankings,
            BenchmarkRankingService families) {
        this.leaderboard = leaderboard;
        this.insights = insights;
        this.rankings = rankings;
        this.families = families;
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
    @Description("The ranking of this benchmark's family (the family and its variants) in one comparable setting, best first "
            + "(ties by model name), one score per model counted with its variants (the model's own headline if in that setting, "
            + "else the best of the model's and its variants' scores; `Score.variant` says when it is a variant's); `setting` is a key of "
            + "`settings` (default: the one with the most models; for a variant, the most common among its own scores), a "
            + "setting the family lacks ranks nobody; `first` is at most 500; `asOf` (`YYYY-MM-DD`, 2018-01-01 to today) ranks "
            + "the scores that count on that date only: of models released by then, dated by then (a score without a date "
            + "takes its model's release date)")
    public @NonNull List<@NonNull ScoreEntry> ranking(@Source BenchmarkInfo benchmark, @DefaultValue("50") int first, String setting,
            String asOf) throws InvalidArgumentException {
        if (first < 0 || first > LeaderboardQuery.MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first",
                    "`first` must be between 0 and " + LeaderboardQuery.MAX_PAGE_SIZE + ", was " + first + ".");
        }
        return rankings.ranking(benchmark, first, setting, LanguageModelGraphQLApi.asOf("asOf", asOf));
    }

    @Name("family")
    @Description("The family this benchmark ranks in: its parent for a variant (e.g. SWE-bench Verified for its Agentless "
            + "variant), else itself")
    public @NonNull BenchmarkInfo family(@Source BenchmarkInfo benchmark) {
        BenchmarkInfo family = families.family(benchmark);
        rankings.register(List.of(family));
        return family;
    }

    @Name("variants")
    @Description("The variants of this family (other source ids of the same benchmark, each with the setting it implies); "
            + "empty for a variant")
    public @NonNull List<@NonNull BenchmarkInfo> variants(@Source BenchmarkInfo benchmark) {
        List<BenchmarkInfo> variants = families.variants(benchmark);
        rankings.register(variants);
        return variants;
    }

    @Name("settings")
    @Description("The comparable settings of this benchmark's family, with the number of models in each, most first; "
            + "the default one marked")
    public @NonNull List<@NonNull BenchmarkSetting> settings(@Source BenchmarkInfo benchmark) {
        return families.settings(benchmark);
    }

    @Name("model")
    @Description("The model the score counts for, a leaderboard row: for a variant's score (see `variant`) the model it is a "
            + "variant of")
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

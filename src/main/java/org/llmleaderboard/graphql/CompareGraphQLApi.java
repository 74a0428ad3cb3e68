package org.llmleaderboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.read.CompareService;
import org.llmleaderboard.service.read.ComparedBenchmark;
import org.llmleaderboard.service.read.Comparison;

import java.util.List;

/** {@code compare}: the compare page's data. Its models and scores are remembered, so their relations batch as elsewhere. */
@GraphQLApi
public class CompareGraphQLApi {

    private final CompareService compare;
    private final BenchmarkRankings loaded;

    CompareGraphQLApi(CompareService compare, BenchmarkRankings loaded) {
        this.compare = compare;
        this.loaded = loaded;
    }

    @Query("compare")
    @Description("Models side by side, as on `/compare?models=…`: " + CompareService.MIN_MODELS + " to " + CompareService.MAX_MODELS
            + " models by slug or alias (in this order; duplicates dropped), and every benchmark family and comparable setting that at "
            + "least two of them share, each model's score chosen as `Benchmark.ranking` chooses it. Errors: `BAD_USER_INPUT` for too "
            + "few or too many models, `NOT_FOUND` for a name that matches no model")
    public @NonNull Comparison compare(@NonNull List<@NonNull String> models) throws InvalidArgumentException {
        Comparison comparison = compare.compare(models);
        if (comparison.models().size() < CompareService.MIN_MODELS) {
            throw new InvalidArgumentException("models", "Name at least " + CompareService.MIN_MODELS
                    + " different models to compare; " + comparison.models().size() + " named.");
        }
        loaded.remember(comparison.models());
        loaded.register(comparison.benchmarks().stream().map(ComparedBenchmark::benchmark).toList());
        return comparison;
    }
}

package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;
import java.util.Map;

/**
 * One benchmark family in one comparable setting, with each compared model's score in it: the row a ranking of the
 * family in that setting would give the model. {@code byModel} is keyed by the compared model's slug.
 */
@Type("ComparedBenchmark")
@Description("One benchmark family in one comparable setting, with the score of each compared model that has one")
public record ComparedBenchmark(
        @NonNull @Description("The benchmark family (a variant's scores count in its family, as in `Benchmark.ranking`)") BenchmarkInfo benchmark,
        @NonNull @Description("The setting all these scores share: only like-for-like numbers sit in one row") ComparableSetting setting,
        @NonNull @Description("The scores, in the order of `Comparison.models`, for the models that have one (at least two); "
                + "`Score.model` is the compared model") List<@NonNull ScoreEntry> scores,
        @Ignore Map<String, ScoreEntry> byModel) {
}

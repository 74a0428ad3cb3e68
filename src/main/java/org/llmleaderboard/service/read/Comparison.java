package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** Models side by side: their facts (as models) and the benchmarks at least two of them share, like for like. */
@Type("Comparison")
@Description("Models side by side (`compare`): the models in the order asked, and every benchmark family and comparable setting "
        + "in which at least two of them have a score")
public record Comparison(
        @NonNull @Description("The models, in the order asked, duplicates and aliases resolved") List<@NonNull ModelSummary> models,
        @NonNull @Description("Each benchmark family and setting at least two of the models share, the most shared first; at most "
                + CompareService.MAX_ROWS) List<@NonNull ComparedBenchmark> benchmarks) {
}

package org.llmleaderboard.graphql.type;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.Benchmark;

@Type("Benchmark")
@Description("A benchmark that models are scored on")
public record BenchmarkType(
        @Ignore Long id,
        @NonNull @Description("URL-safe identifier, e.g. `gpqa`") String slug,
        @NonNull @Description("Display name, e.g. `GPQA`") String name,
        @NonNull @Description("What the benchmark measures") String description,
        @NonNull @Description("Unit of its scores, e.g. `%`") String unit,
        @Description("Whether a higher score is better") boolean higherIsBetter) {

    public static BenchmarkType from(Benchmark b) {
        return new BenchmarkType(b.id, b.slug, b.name, b.description, b.unit, b.higherIsBetter);
    }
}

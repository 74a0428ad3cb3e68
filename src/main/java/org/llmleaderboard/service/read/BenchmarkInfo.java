package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.Benchmark;

import java.util.List;

@Type("Benchmark")
@Description("A benchmark that models are scored on")
public record BenchmarkInfo(
        @Ignore Long id,
        @NonNull @Description("URL-safe identifier, e.g. `gpqa`") String slug,
        @NonNull @Description("Display name, e.g. `GPQA`") String name,
        @NonNull @Description("What the benchmark measures") String description,
        @NonNull @Description("Unit of its scores, e.g. `%`") String unit,
        @Description("Whether a higher score is better") boolean higherIsBetter,
        @Description("Lowest valid score, in the unit") Double minScore,
        @Description("Highest valid score, in the unit (100 for `%`)") Double maxScore,
        @NonNull @Description("Categories, e.g. `math`, `reasoning`") List<@NonNull String> categories,
        @Description("Primary modality: text, image, audio, video or multimodal") String modality,
        @Description("Whether it tests several languages") Boolean multilingual,
        @Description("The paper that introduced it") String paperUrl,
        @Description("Its official implementation or data set") String implementationUrl,
        @Description("Slug of the benchmark it is a subset or variant of") String parent) {

    public static BenchmarkInfo from(Benchmark b) {
        return new BenchmarkInfo(b.id, b.slug, b.name, b.description, b.unit, b.higherIsBetter, b.minScore, b.maxScore,
                b.categories == null || b.categories.isBlank() ? List.of() : List.of(b.categories.split(",")), b.modality,
                b.multilingual, b.paperUrl, b.implementationUrl, b.parentSlug);
    }

    /** Whether scores are percentages (shown with %). */
    @Ignore
    public boolean percent() {
        return "%".equals(unit);
    }
}

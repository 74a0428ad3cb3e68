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
        @Description("Slug of the family it is a variant of; null for a family (see `family`)") String parent,
        @Description("The setting every score on this variant has (e.g. harness `agentless`); null for none") ComparableSetting impliedSetting,
        @NonNull @Description("The one scale its scores are stored on, e.g. `percent (0–100%)`, `points (0–10000)`") String scale) {

    /** A benchmark outside any family, without an implied setting; its scale from its unit and range. */
    public BenchmarkInfo(Long id, String slug, String name, String description, String unit, boolean higherIsBetter, Double minScore,
            Double maxScore, List<String> categories, String modality, Boolean multilingual, String paperUrl, String implementationUrl,
            String parent) {
        this(id, slug, name, description, unit, higherIsBetter, minScore, maxScore, categories, modality, multilingual, paperUrl,
                implementationUrl, parent, null, scaleOf(unit, minScore, maxScore));
    }

    public static BenchmarkInfo from(Benchmark b) {
        return new BenchmarkInfo(b.id, b.slug, b.name, b.description, b.unit, b.higherIsBetter, b.minScore, b.maxScore,
                b.categories == null || b.categories.isBlank() ? List.of() : List.of(b.categories.split(",")), b.modality,
                b.multilingual, b.paperUrl, b.implementationUrl, b.parentSlug,
                b.impliedSetting == null ? null : ComparableSetting.from(b.impliedSetting()), scaleOf(b.unit, b.minScore, b.maxScore));
    }

    /** The slug of the family it ranks in: its parent's, or its own. */
    @Ignore
    public String familySlug() {
        return parent != null ? parent : slug;
    }

    /** A scale for people: {@code percent (0–100%)}, {@code points (0–10000)}, or the unit alone when unbounded. */
    public static String scaleOf(String unit, Double min, Double max) {
        double low = min == null ? 0 : min;
        if ("%".equals(unit) && low == 0 && max != null && max == 100) {
            return "percent (0–100%)";
        }
        return max == null ? unit : unit + " (" + number(low) + "–" + number(max) + ")";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Whether scores are percentages (shown with %). */
    @Ignore
    public boolean percent() {
        return "%".equals(unit);
    }
}

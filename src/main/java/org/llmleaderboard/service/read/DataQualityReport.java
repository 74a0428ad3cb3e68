package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.service.read.ModelSummary.ModelRef;

import java.util.List;

/**
 * What looks wrong in the data, each entry with what to link to: suspected duplicate models, benchmarks without a
 * family, scores outside their benchmark's range, models without a lab or a release date, and source records an
 * import could not resolve. Each list holds at most {@link DataQualityService#MAX_ROWS} entries; the counts are whole.
 */
@Type("DataQuality")
@Description("A data-quality report: suspected duplicates, benchmarks without a family, out-of-range scores, models without lab or date, unresolved source records")
public record DataQualityReport(
        @NonNull @Description("Suspected duplicate models: the same normalised name, or the same lab and parameters released within a month") List<@NonNull DuplicateCluster> duplicates,
        @NonNull @Description("Benchmarks that belong to no family (no parent benchmark)") List<@NonNull BenchmarkRef> benchmarksWithoutFamily,
        @Description("How many benchmarks belong to no family") int benchmarksWithoutFamilyCount,
        @NonNull @Description("Scores below their benchmark's minimum or above its maximum") List<@NonNull OutOfRangeScore> outOfRangeScores,
        @NonNull @Description("Models without a lab") List<@NonNull ModelRef> modelsWithoutLab,
        @NonNull @Description("Models without a release date (TBA or not given)") List<@NonNull ModelRef> modelsWithoutDate,
        @Description("How many models have no release date") int modelsWithoutDateCount,
        @NonNull @Description("Source records an import could not resolve to one model, lab or benchmark") List<@NonNull UnresolvedRecord> unresolvedRecords,
        @NonNull @Description("Where the unresolved records come from, in words") String unresolvedRecordsNote) {

    /** Models that may be one model. */
    @Type("DuplicateCluster")
    @Description("Models suspected to be one model, and why")
    public record DuplicateCluster(
            @NonNull @Description("`same-name` (normalised names collide) or `same-lab-parameters-month`") String reason,
            @NonNull @Description("What they share, e.g. the normalised name `gpt4o`") String key,
            @NonNull @Description("The models, by name") List<@NonNull ModelRef> models) {
    }

    /** A benchmark by slug and name. */
    @Type("BenchmarkRef")
    @Description("A link to a benchmark")
    public record BenchmarkRef(@NonNull String slug, @NonNull String name) {
    }

    /** A score outside its benchmark's range. */
    @Type("OutOfRangeScore")
    @Description("A score outside its benchmark's range")
    public record OutOfRangeScore(@NonNull ModelRef model, @NonNull BenchmarkRef benchmark, double value, Double minScore,
            Double maxScore) {
    }

    /** A source record an import could not resolve. */
    @Type("UnresolvedRecord")
    @Description("A source record an import could not resolve to one model, lab or benchmark")
    public record UnresolvedRecord(@NonNull @Description("The data set, e.g. `llm-stats`") String source,
            @NonNull @Description("The record's id in its source") String recordId,
            @Description("Why it was not resolved, e.g. several candidates") String reason) {
    }
}

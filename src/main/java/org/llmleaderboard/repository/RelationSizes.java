package org.llmleaderboard.repository;

import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DataSources;

/**
 * The largest size of each list relation in the data (for the GraphQL query cost): how many labs, how many
 * models the largest lab has, and so on.
 */
public record RelationSizes(int labs, int benchmarks, int modelsPerLab, int scoresPerModel, int factsPerModel,
        int offeringsPerModel, int changesPerModel, int variantsPerModel, int variantsPerBenchmark,
        int settingsPerBenchmark) {

    /** For a list relation that is not known here: large, so that an unknown list is never cheap. */
    public static final int UNKNOWN = 10_000;
    /** Entries per list of the data-quality report at most, and models per duplicate cluster. */
    public static final int DATA_QUALITY_ROWS = 500;
    /** Refresh jobs kept in memory; the same as {@code SourceRefreshService.KEPT}. */
    public static final int REFRESH_JOBS = 20;
    /** Uploads' import jobs kept in memory ({@code ImportJobs.KEEP} is this). */
    public static final int IMPORT_JOBS = 20;
    /** Lines of a refresh report's lists; the same as {@code SourceReport.MAX_LINES}. */
    public static final int REFRESH_REPORT_LINES = 200;
    public static final int DUPLICATE_CLUSTER_MODELS = 20;
    /** Models and shared rows of a comparison at most; {@code CompareService.MAX_MODELS} and {@code MAX_ROWS}. */
    public static final int COMPARE_MODELS = 6;
    public static final int COMPARE_ROWS = 300;

    public static final RelationSizes EMPTY = new RelationSizes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The largest size of the GraphQL list field {@code type.field}. */
    public int of(String type, String field) {
        return switch (type + "." + field) {
            case "Query.labs" -> labs;
            case "Query.benchmarks" -> benchmarks;
            case "Lab.models" -> modelsPerLab;
            case "LanguageModel.scores" -> scoresPerModel;
            case "LanguageModel.facts" -> factsPerModel;
            case "LanguageModel.offerings" -> offeringsPerModel;
            case "LanguageModel.history" -> changesPerModel;
            case "LanguageModel.variants" -> variantsPerModel;
            case "Benchmark.variants" -> variantsPerBenchmark;
            case "Benchmark.settings" -> settingsPerBenchmark;
            case "Query.sources" -> DataSources.ALL.size();
            case "Stats.byArchitecture" -> Architecture.values().length;
            // The refresh jobs kept for their reports (SourceRefreshService.KEPT); the report's lines are capped.
            case "Query.refreshJobs" -> REFRESH_JOBS;
            case "Query.importJobs" -> IMPORT_JOBS;
            case "RefreshReport.conflicts", "RefreshReport.notes" -> REFRESH_REPORT_LINES;
            // The data-quality report caps each list (DataQualityService.MAX_ROWS, MAX_CLUSTER).
            case "DataQuality.duplicates", "DataQuality.benchmarksWithoutFamily", "DataQuality.outOfRangeScores",
                    "DataQuality.modelsWithoutLab", "DataQuality.modelsWithoutDate", "DataQuality.unresolvedRecords" -> DATA_QUALITY_ROWS;
            case "DuplicateCluster.models" -> DUPLICATE_CLUSTER_MODELS;
            // compare: at most CompareService.MAX_MODELS models and MAX_ROWS shared rows (which are these constants).
            case "Comparison.models", "ComparedBenchmark.scores" -> COMPARE_MODELS;
            case "Comparison.benchmarks" -> COMPARE_ROWS;
            default -> UNKNOWN;
        };
    }

    /** Whether {@link #of} knows the field. */
    public static boolean knows(String type, String field) {
        return EMPTY.of(type, field) != UNKNOWN;
    }
}

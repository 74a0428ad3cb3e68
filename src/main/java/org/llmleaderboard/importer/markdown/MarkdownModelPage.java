package org.llmleaderboard.importer.markdown;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DatePrecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A model page {@code models/<lab>/<model>.md}; derived values (ratio, ALScore) are not kept: they are recomputed. */
public record MarkdownModelPage(
        String file,
        String slug,
        String labSlug,
        String labName,
        String name,
        List<String> headlineTags,
        String released,
        LocalDate releaseDate,
        DatePrecision releasePrecision,
        Access access,
        Architecture architecture,
        Double parameters,
        Double trainingTokens,
        String datasetType,
        /** Benchmark slug to score, in the page's order; only benchmarks with a value. */
        Map<String, Double> scores,
        List<String> tags,
        String notes,
        String playgroundUrl,
        String paperUrl,
        LocalDate lastUpdated) {
}

package org.llmleaderboard.importer;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DatePrecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the markdown leaderboard set (AIComputing101/llm-leaderboard) holds, as read by {@link MarkdownLeaderboardReader}. */
public final class MarkdownLeaderboard {

    private MarkdownLeaderboard() {
    }

    /** A lab page {@code labs/<slug>.md}. The counts are the page's own, which may include lost models. */
    public record LabPage(String file, String slug, String name, Integer totalModels, Integer publicModels) {
    }

    /** A model page {@code models/<lab>/<model>.md}; derived values (ratio, ALScore) are not kept: they are recomputed. */
    public record ModelPage(
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

    public enum Severity {
        /** The page was not imported. */
        SKIPPED,
        /** The page was imported; one of its values was not. */
        WARNING
    }

    /** Something the reader could not take as it was, with the file and the reason. */
    public record Problem(String file, Severity severity, String reason) {
        @Override
        public String toString() {
            return severity + " " + file + ": " + reason;
        }
    }

    /** Everything read from one copy of the set. */
    public record Contents(List<LabPage> labs, List<ModelPage> models, List<Problem> problems) {

        public long skipped() {
            return problems.stream().filter(p -> p.severity() == Severity.SKIPPED).count();
        }

        public String summary() {
            return "%d model pages, %d lab pages, %d skipped, %d warnings".formatted(models.size(), labs.size(),
                    skipped(), problems.size() - skipped());
        }
    }
}

package org.llmleaderboard.importer.livebench;

import java.time.LocalDate;
import java.util.List;

/**
 * One LiveBench release (its question set): {@code 2026-01-08}, the date in its file names, its categories with the
 * tasks each averages, and how many model rows its table has. The newest table kept growing after its date (models
 * were added until 2026-07-01), so the release names the questions, not the day of a score.
 */
public record LiveBenchRelease(String release, LocalDate date, List<Category> categories, int models) {

    public LiveBenchRelease {
        categories = List.copyOf(categories);
    }

    /**
     * A category of a release: "Data Analysis", its benchmark id ({@code livebench/data-analysis}) and name
     * ("LiveBench Data Analysis"), and the task columns it averages.
     */
    public record Category(String name, String benchmark, String benchmarkName, List<String> tasks) {

        public Category {
            tasks = List.copyOf(tasks);
        }
    }
}

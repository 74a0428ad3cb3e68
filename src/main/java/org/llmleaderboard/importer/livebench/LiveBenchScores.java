package org.llmleaderboard.importer.livebench;

import org.llmleaderboard.importer.livebench.LiveBenchTables.Table;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceScore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores the site shows for a release: per category the mean of that release's tasks (blank cells skipped), and
 * the global average, the mean of the categories. Neither is stored upstream; both are computed here as the site
 * computes them, including its hard-coded global averages for {@code grok-3-thinking} (72) and {@code grok-3} (58),
 * which replace the computed mean when those ids are in a table. Per-task scores are not emitted (about 15,000 rows
 * for the bundled releases); {@link LiveBenchReader#releases} lists the tasks of each category.
 */
final class LiveBenchScores {

    static final String SOURCE_URL = "https://livebench.ai/";
    static final String AVERAGE = "livebench/average";
    static final String AVERAGE_NAME = "LiveBench (average)";
    /** The site's constants in place of a computed global average (its table code, not the data, says so). */
    private static final Map<String, Double> SITE_AVERAGES = Map.of("grok-3-thinking", 72.0, "grok-3", 58.0);

    private LiveBenchScores() {
    }

    static List<SourceScore> of(Table table, Map<String, LiveBenchIds.Parsed> models, List<String> problems) {
        List<SourceScore> scores = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        LiveBenchRelease release = table.release();
        for (Map.Entry<String, Map<String, Double>> row : table.rows().entrySet()) {
            LiveBenchIds.Parsed model = models.get(row.getKey());
            if (!seen.add(model.base() + "|" + model.setting())) {
                problems.add("public/table_" + release.release().replace('-', '_') + ".csv: " + row.getKey()
                        + " is the same model and setting as another row of the release; left out");
                continue;
            }
            double sum = 0;
            int count = 0;
            for (LiveBenchRelease.Category category : release.categories()) {
                Double mean = mean(row.getValue(), category.tasks());
                if (mean != null) {
                    scores.add(score(table, row.getKey(), model, category.benchmark(), category.benchmarkName(), mean));
                    sum += mean;
                    count++;
                }
            }
            Double average = SITE_AVERAGES.getOrDefault(row.getKey(), count == 0 ? null : sum / count);
            if (average != null) {
                scores.add(score(table, row.getKey(), model, AVERAGE, AVERAGE_NAME, average));
            }
        }
        return scores;
    }

    private static Double mean(Map<String, Double> row, List<String> tasks) {
        double sum = 0;
        int count = 0;
        for (String task : tasks) {
            Double v = row.get(task);
            if (v != null) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

    private static SourceScore score(Table table, String tableId, LiveBenchIds.Parsed model, String benchmark, String name,
            double value) {
        LiveBenchRelease release = table.release();
        // rounded to the table's own precision (three decimals) so that sums of floats leave no noise behind
        double rounded = Math.round(value * 1000) / 1000.0;
        return new SourceScore(model.base(), benchmark, name, rounded, "%", null, release.date(), Provenance.INDEPENDENT,
                SOURCE_URL, null, model.setting(), release.release(), release.release() + "/" + tableId);
    }
}

package org.llmleaderboard.importer.epoch;

import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code data/benchmarks_runs.csv}: one row per Epoch run, its task named as Epoch's runner names it. Tasks are mapped to
 * the Hub's benchmark ids ({@code FrontierMath-2025-02-28-Private} is the Hub's {@code frontiermath}), so a run both
 * sets hold is the same benchmark and the same run id; the public FrontierMath sets are benchmarks of their own.
 */
final class StitchingRuns {

    static final String URL = "https://github.com/epoch-research/benchmark-stitching";

    private static final Map<String, String[]> TASKS = Map.of(
            "GPQA diamond", new String[] {"gpqa_diamond", "GPQA Diamond"},
            "MATH level 5", new String[] {"math_level_5", "MATH Level 5"},
            "OTIS Mock AIME 2024-2025", new String[] {"otis_mock_aime_2024_2025", "OTIS Mock AIME 2024-2025"},
            "FrontierMath-2025-02-28-Private", new String[] {"frontiermath", "FrontierMath"},
            "FrontierMath-2025-02-28-Public", new String[] {"frontiermath_public", "FrontierMath (public problems)"},
            "FrontierMath-Tier-4-2025-07-01-Private", new String[] {"frontiermath_tier_4", "FrontierMath Tier 4"},
            "FrontierMath-Tier-4-2025-07-01-Public", new String[] {"frontiermath_tier_4_public", "FrontierMath Tier 4 (public problems)"},
            "SWE-Bench verified", new String[] {"swe_bench_verified", "SWE-bench Verified"});

    /** {@code choice:0.85±0.02}: the first scorer's standard error. */
    private static final Pattern STDERR = Pattern.compile("±([0-9.]+)");

    private StitchingRuns() {
    }

    static List<SourceScore> read(EpochCsv runs, Map<String, String> modelOf, List<String> problems) {
        List<SourceScore> out = new ArrayList<>();
        for (int i = 0; i < runs.rows().size(); i++) {
            Map<String, String> row = runs.rows().get(i);
            String where = runs.file() + " row " + (i + 2);
            String version = EpochCsv.value(row, "model");
            String task = EpochCsv.value(row, "task");
            Double value = EpochValues.number(EpochCsv.value(row, "Best score (across scorers)"));
            String modelId = version == null ? null : modelOf.get(version);
            if (modelId == null || task == null || value == null) {
                problems.add(where + ": " + (version == null ? "no model" : modelId == null ? "model " + version
                        + " is not in model_versions.csv" : task == null ? "no task" : "no score"));
                continue;
            }
            String[] bench = TASKS.getOrDefault(task, new String[] {task.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), task});
            Matcher se = STDERR.matcher(row.getOrDefault("Scores", ""));
            Double stderr = se.find() ? EpochValues.number(se.group(1)) : null;
            String log = EpochCsv.value(row, "log viewer");
            out.add(new SourceScore(modelId, bench[0], bench[1], value * 100, "%", stderr == null ? null : stderr * 100,
                    EpochValues.date(EpochCsv.value(row, "started_at")), Provenance.INDEPENDENT, URL,
                    log != null ? log : EpochCsv.value(row, "logs"), ModelVersion.parse(version).setting(),
                    EpochCsv.value(row, "task version"), EpochCsv.value(row, "id")));
        }
        return out;
    }
}

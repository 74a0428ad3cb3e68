package org.llmleaderboard.importer.epoch;

import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores of the Benchmarking Hub's files. Epoch's own runs ({@code mean_score}, {@code stderr}, a run id and
 * Inspect logs) are INDEPENDENT and fractions; collected files are COLLECTED, each in its own scale: fractions become
 * percents, the files of {@link HubBenchmarks#keptUnit} keep theirs, and a file not known to be in another scale whose
 * values exceed 1.5 is taken as percents already.
 */
final class HubScores {

    static final String HUB_URL = "https://epoch.ai/benchmarks";
    private static final String[] SETTING_COLUMNS = {"Shots", "Scaffold", "Agent", "Tools"};
    private static final String[] DATE_COLUMNS = {"Date of evaluation", "Run date", "Evaluation date", "Date run", "Date added",
        "Date", "Last updated", "Release date"};

    private final Map<String, String> modelOf;
    private final List<SourceScore> scores = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    HubScores(Map<String, String> modelOf) {
        this.modelOf = modelOf;
    }

    List<SourceScore> scores() {
        return scores;
    }

    List<String> problems() {
        return problems;
    }

    /** A file of Epoch's own runs: it has {@code mean_score}. */
    static boolean isRunFile(EpochCsv csv) {
        return csv.header().contains("mean_score");
    }

    void runs(EpochCsv csv) {
        String bench = HubBenchmarks.id(csv.file());
        for (int i = 0; i < csv.rows().size(); i++) {
            Map<String, String> row = csv.rows().get(i);
            String where = csv.file() + " row " + (i + 2);
            String modelId = model(row, where);
            Double value = EpochValues.number(EpochCsv.value(row, "mean_score"));
            if (value == null) {
                value = EpochValues.number(EpochCsv.value(row, "Best score (across scorers)"));
            }
            if (modelId == null || value == null) {
                problemUnlessNoted(modelId, where, "no mean_score");
                continue;
            }
            Double stderr = EpochValues.number(EpochCsv.value(row, "stderr"));
            String log = EpochCsv.value(row, "Log viewer");
            add(where, new SourceScore(modelId, bench, HubBenchmarks.name(bench), value * 100, "%",
                    stderr == null ? null : stderr * 100, EpochValues.date(EpochCsv.value(row, "Started at")),
                    Provenance.INDEPENDENT, HUB_URL, log != null ? log : EpochCsv.value(row, "Logs"), setting(row, null),
                    null, EpochCsv.value(row, "id")));
        }
    }

    void collected(EpochCsv csv) {
        String bench = HubBenchmarks.id(csv.file());
        List<String> h = csv.header();
        int at = h.size() > 2 && List.of(SETTING_COLUMNS).contains(h.get(1)) ? 2 : 1;
        if (h.size() <= at) {
            problems.add(csv.file() + ": no score column");
            return;
        }
        String column = h.get(at);
        String unit = HubBenchmarks.keptUnit(bench);
        boolean fraction = unit == null && csv.rows().stream()
                .map(r -> EpochValues.number(EpochCsv.value(r, column))).allMatch(v -> v == null || v <= 1.5);
        String stderrColumn = csv.column(column.split(" ")[0] + " Standard Error", column.split(" ")[0] + " Standard error",
                column.split(" ")[0] + " SE");
        String settingColumn = csv.column(SETTING_COLUMNS);
        String dateColumn = csv.column(DATE_COLUMNS);
        String urlColumn = csv.column("Source link", "Source Link", "Source link (site from table)");
        for (int i = 0; i < csv.rows().size(); i++) {
            Map<String, String> row = csv.rows().get(i);
            String where = csv.file() + " row " + (i + 2);
            String modelId = model(row, where);
            Double value = EpochValues.number(EpochCsv.value(row, column));
            if (modelId == null || value == null) {
                problemUnlessNoted(modelId, where, "no " + column);
                continue;
            }
            Double stderr = EpochValues.number(EpochCsv.value(row, stderrColumn));
            if (fraction && stderr != null && stderr <= 1) {
                stderr = stderr * 100; // a file's error column can be in percents already (APEX-Agents: 3.6 for 0.298)
            }
            String url = EpochCsv.value(row, urlColumn);
            LocalDate date = EpochValues.date(EpochCsv.value(row, dateColumn));
            add(where, new SourceScore(modelId, bench, HubBenchmarks.name(bench), fraction ? value * 100 : value,
                    unit != null ? unit : "%", stderr, date != null ? date : EpochValues.date(EpochCsv.value(row, "Release date")),
                    Provenance.COLLECTED, url != null && url.startsWith("http") ? url : HUB_URL, null,
                    setting(row, settingColumn), null, runId(row)));
        }
    }

    /** The model of a row's version, or null with a problem when the row names none. */
    private String model(Map<String, String> row, String where) {
        String version = EpochCsv.value(row, "Model version");
        if (version == null) {
            problems.add(where + " (" + label(row) + "): no model version");
            return null;
        }
        return modelOf.get(version);
    }

    private void problemUnlessNoted(String modelId, String where, String why) {
        if (modelId != null) {
            problems.add(where + ": " + why);
        }
    }

    private void add(String where, SourceScore s) {
        String key = s.modelId() + '|' + s.benchmark() + '|' + s.setting() + '|' + s.value() + '|' + s.date();
        if (seen.add(key)) {
            scores.add(s);
        } else {
            problems.add(where + ": the same score as an earlier row, left out");
        }
    }

    /** The version's effort and host, then the file's own setting column ({@code 5-shot}, {@code scaffold OpenHands}). */
    private static String setting(Map<String, String> row, String settingColumn) {
        String version = ModelVersion.parse(row.get("Model version")).setting();
        String own = EpochCsv.value(row, settingColumn);
        if (own != null && !"None".equals(own)) {
            own = switch (settingColumn) {
                case "Shots" -> own.endsWith("shot") ? own : own + "-shot";
                default -> settingColumn.toLowerCase(java.util.Locale.ROOT) + " " + own;
            };
        } else {
            own = null;
        }
        if (version == null || own == null) {
            return version != null ? version : own;
        }
        return version + "; " + own;
    }

    /** Epoch's record id of a collected row ({@code rec…}), in whichever column the file keeps it. */
    private static String runId(Map<String, String> row) {
        for (String c : new String[] {"id", "ID", "UUID"}) {
            String v = EpochCsv.value(row, c);
            if (v != null && v.startsWith("rec")) {
                return v;
            }
        }
        return null;
    }

    private static String label(Map<String, String> row) {
        for (String c : new String[] {"Name", "Agent", "Model", "id"}) {
            String v = EpochCsv.value(row, c);
            if (v != null) {
                return v.replaceAll("\\s+", " ");
            }
        }
        return "unnamed";
    }
}

package org.llmleaderboard.importer.epoch;

import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Epoch AI's Benchmarking Hub export as upstream writes it: {@code benchmark_data/epoch_capabilities_index.csv} (one row
 * per model version: its model name, lab, release date and the group's ECI) and one CSV per benchmark. Models are the
 * versions folded by {@link VersionFolder}; the ECI is a score of benchmark {@code eci} per model, dated with the
 * export (its newest release date), since Epoch re-fits it at every export. {@code additional_eci_data/} is not read.
 */
public final class EpochHubReader {

    public static final String ORIGIN = "epoch-benchmarking-hub";
    static final String ECI_FILE = "benchmark_data/epoch_capabilities_index.csv";
    private static final String ECI_URL = "https://epoch.ai/benchmarks/eci";

    private EpochHubReader() {
    }

    /** The CSVs directly in {@code benchmark_data/} (at the root or under one top folder). */
    public static UnaryOperator<String> files() {
        UnaryOperator<String> under = SourceFiles.keepUnder(List.of("benchmark_data/"), ".csv");
        return name -> {
            String kept = under.apply(name);
            return kept != null && kept.indexOf('/', "benchmark_data/".length()) < 0 ? kept : null;
        };
    }

    public static SourceRecords readZip(InputStream zip) throws IOException, UnreadableImportException {
        return read(SourceFiles.zip(zip, ZipLimits.DEFAULTS, files()));
    }

    /** @throws UnreadableImportException when the capabilities index is missing or no CSV (a broken benchmark file is a problem) */
    public static SourceRecords read(Map<String, String> files) throws UnreadableImportException {
        String eciText = files.get(ECI_FILE);
        if (eciText == null) {
            throw new UnreadableImportException("No " + ECI_FILE + ": not an Epoch Benchmarking Hub export", null);
        }
        EpochCsv eci = EpochCsv.parse(ECI_FILE, eciText);
        if (eci.column("Model version") == null) {
            throw new UnreadableImportException(ECI_FILE + " has no 'Model version' column", null);
        }
        List<EpochCsv> benchmarks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            try {
                if (!f.getKey().equals(ECI_FILE)) {
                    benchmarks.add(EpochCsv.parse(f.getKey(), f.getValue()));
                }
            } catch (UnreadableImportException e) {
                problems.add(e.getMessage() + "; not read"); // one broken benchmark file leaves the others readable
            }
        }
        VersionFolder folder = new VersionFolder();
        addVersions(folder, eci, true);
        benchmarks.forEach(b -> addVersions(folder, b, false));
        VersionFolder.Result models = folder.fold();
        HubScores scores = new HubScores(models.modelOf());
        for (EpochCsv b : benchmarks) {
            if (b.column("Model version") == null) {
                problems.add(b.file() + ": no 'Model version' column, not read");
            } else if (HubScores.isRunFile(b)) {
                scores.runs(b);
            } else {
                scores.collected(b);
            }
        }
        List<SourceScore> all = new ArrayList<>(eciScores(eci, models));
        all.addAll(scores.scores());
        all.sort(Comparator.comparing(SourceScore::modelId).thenComparing(SourceScore::benchmark));
        problems.addAll(scores.problems());
        return new SourceRecords(ORIGIN, models.models(), all, List.of(), problems);
    }

    private static void addVersions(VersionFolder folder, EpochCsv csv, boolean index) {
        for (Map<String, String> row : csv.rows()) {
            String version = EpochCsv.value(row, "Model version");
            if (version != null) {
                folder.add(new VersionRow(ModelVersion.parse(version), index ? EpochValues.cleanName(row.get("Model name")) : null,
                        index ? row.get("Display name") : null, EpochValues.firstOrganization(row.get("Organization")),
                        EpochValues.date(row.get("Release date")), null, null));
            }
        }
    }

    /** One ECI score per model: the index repeats its group's value on every version's row. */
    private static List<SourceScore> eciScores(EpochCsv eci, VersionFolder.Result models) {
        LocalDate exported = eci.rows().stream().map(r -> EpochValues.date(r.get("Release date")))
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Set<String> scored = new HashSet<>();
        List<SourceScore> out = new ArrayList<>();
        for (Map<String, String> row : eci.rows()) {
            String version = EpochCsv.value(row, "Model version");
            Double value = EpochValues.number(EpochCsv.value(row, "ECI Score"));
            if (version == null || value == null) {
                continue;
            }
            String modelId = models.modelOf().get(version);
            if (scored.add(modelId)) {
                out.add(new SourceScore(modelId, HubBenchmarks.ECI, HubBenchmarks.ECI_NAME, value, "index", null, exported,
                        Provenance.INDEPENDENT, ECI_URL, null, null, null, null));
            }
        }
        return out;
    }
}

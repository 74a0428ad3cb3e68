package org.llmleaderboard.importer.epoch;

import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The data of Epoch's benchmark-stitching repository ("A Rosetta Stone for AI Benchmarks") as upstream writes it:
 * {@code data/model_versions.csv} (id, model, release date, Hugging Face developer, display names) and
 * {@code data/benchmarks_runs.csv} (Epoch's own runs). It is an older cut of the Benchmarking Hub's data: most runs are
 * the Hub's too, under the same run id, which the merge keeps once. The lab is the Hugging Face developer id
 * ({@code mistralai}), the only organisation the file names; the external benchmark files are the Hub's, not read here.
 */
public final class EpochStitchingReader {

    public static final String ORIGIN = "epoch-benchmark-stitching";
    static final String VERSIONS = "data/model_versions.csv";
    static final String RUNS = "data/benchmarks_runs.csv";

    private EpochStitchingReader() {
    }

    /** {@code data/model_versions.csv} and {@code data/benchmarks_runs.csv}, at the root or under one top folder. */
    public static UnaryOperator<String> files() {
        UnaryOperator<String> under = SourceFiles.keepUnder(List.of("data/"), ".csv");
        return name -> {
            String kept = under.apply(name);
            return VERSIONS.equals(kept) || RUNS.equals(kept) ? kept : null;
        };
    }

    public static SourceRecords readZip(InputStream zip) throws IOException, UnreadableImportException {
        return read(SourceFiles.zip(zip, ZipLimits.DEFAULTS, files()));
    }

    /** @throws UnreadableImportException when model_versions.csv is missing, has no id column, or a file is no CSV */
    public static SourceRecords read(Map<String, String> files) throws UnreadableImportException {
        if (!files.containsKey(VERSIONS)) {
            throw new UnreadableImportException("No " + VERSIONS + ": not a checkout of epoch-research/benchmark-stitching", null);
        }
        EpochCsv versions = EpochCsv.parse(VERSIONS, files.get(VERSIONS));
        if (versions.column("id") == null) {
            throw new UnreadableImportException(VERSIONS + " has no 'id' column", null);
        }
        List<String> problems = new ArrayList<>();
        VersionFolder folder = new VersionFolder();
        for (int i = 0; i < versions.rows().size(); i++) {
            Map<String, String> row = versions.rows().get(i);
            String id = EpochCsv.value(row, "id");
            if (id == null) {
                problems.add(VERSIONS + " row " + (i + 2) + ": no id");
                continue;
            }
            String display = EpochCsv.value(row, "Unique display name");
            folder.add(new VersionRow(ModelVersion.parse(id), EpochValues.cleanName(row.get("Model")),
                    display != null ? display : row.get("Display name"), EpochCsv.value(row, "Hugging Face developer id"),
                    EpochValues.date(row.get("Version release date")), EpochCsv.value(row, "Link"), null));
        }
        VersionFolder.Result models = folder.fold();
        List<SourceScore> scores = new ArrayList<>();
        if (files.containsKey(RUNS)) {
            scores.addAll(StitchingRuns.read(EpochCsv.parse(RUNS, files.get(RUNS)), models.modelOf(), problems));
        } else {
            problems.add(RUNS + ": missing, no scores read");
        }
        scores.sort(Comparator.comparing(SourceScore::modelId).thenComparing(SourceScore::benchmark));
        return new SourceRecords(ORIGIN, models.models(), scores, List.of(), problems);
    }
}

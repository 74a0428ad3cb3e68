package org.llmleaderboard.importer.dataset;

import org.llmleaderboard.importer.DatasetJson;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.ImportedBenchmark;
import org.llmleaderboard.importer.ImportedLab;
import org.llmleaderboard.importer.ImportedModel;
import org.llmleaderboard.importer.ImportedScore;
import org.llmleaderboard.importer.UnreadableImportException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads our JSON data set ({@link DatasetJson}, the format of /export/dataset.json) as an import: its labs and
 * benchmarks as whole records, then its models. Entries are numbered in document order. Pure: bytes in, an import out.
 */
public final class DatasetReader {

    private DatasetReader() {
    }

    /** @throws UnreadableImportException when the body is not a data set document (with the line and column) */
    public static ImportBatch read(byte[] body) throws UnreadableImportException {
        DatasetJson.Dataset dataset;
        try {
            dataset = DatasetJson.read(new ByteArrayInputStream(body));
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableImportException("The body is not a " + DatasetJson.FORMAT + " document: " + e.getMessage(), e);
        }
        int entry = 0;
        List<ImportedLab> labs = new ArrayList<>();
        for (DatasetJson.LabRecord l : dataset.labs()) {
            labs.add(new ImportedLab(++entry, l.slug(), l.name(), l.website(), l.country(), true));
        }
        List<ImportedBenchmark> benchmarks = new ArrayList<>();
        for (DatasetJson.BenchmarkRecord b : dataset.benchmarks()) {
            benchmarks.add(new ImportedBenchmark(++entry, b.slug(), b.name(), b.description() == null ? b.name() : b.description(),
                    b.unit(), b.higherIsBetter()));
        }
        List<ImportedModel> models = new ArrayList<>();
        for (DatasetJson.ModelRecord r : dataset.models()) {
            models.add(model(++entry, r));
        }
        return new ImportBatch(labs.size() + " labs, " + benchmarks.size() + " benchmarks, " + models.size() + " models", labs,
                benchmarks, models, List.of(), List.of("entries are numbered in document order: labs, then benchmarks, then models"));
    }

    private static ImportedModel model(int entry, DatasetJson.ModelRecord r) {
        List<ImportedScore> scores = new ArrayList<>();
        for (DatasetJson.ScoreRecord s : r.scores()) {
            scores.add(new ImportedScore(s.benchmark(), s.value(), s.setting(), s.selfReported(), s.sourceUrl(), s.source(),
                    s.date() == null ? null : s.date().toString(), s.headline()));
        }
        return new ImportedModel(entry, r.slug(), r.name(), r.lab(), null, r.headlineTags(), r.released(), r.access(),
                r.architecture(), r.parameters(), r.activeParameters(), r.trainingTokens(), r.datasetType(), r.tags(), r.notes(),
                r.playgroundUrl(), r.paperUrl(), r.lastUpdated(), scores, r.variantOf());
    }
}

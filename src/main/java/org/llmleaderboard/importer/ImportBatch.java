package org.llmleaderboard.importer;

import java.util.List;

/**
 * What a reader took from one file, whatever its format (the markdown set, our CSV, our JSON data set): labs,
 * benchmarks, and models with their scores, in the file's order, plus what it refused and what it noted. The one
 * input of the write path (service/load), which applies the same rules to every format.
 *
 * @param summary    what the file held, in words (kept with a bundled load's claim)
 * @param rejections entries the reader could not take: an import with any of them writes nothing
 * @param notes      what the reader ignored or changed, for the report
 */
public record ImportBatch(String summary, List<ImportedLab> labs, List<ImportedBenchmark> benchmarks, List<ImportedModel> models,
        List<ImportRejection> rejections, List<String> notes) {

    public ImportBatch {
        labs = List.copyOf(labs);
        benchmarks = List.copyOf(benchmarks);
        models = List.copyOf(models);
        rejections = List.copyOf(rejections);
        notes = List.copyOf(notes);
    }
}

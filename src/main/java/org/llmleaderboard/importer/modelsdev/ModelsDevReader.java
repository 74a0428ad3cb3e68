package org.llmleaderboard.importer.modelsdev;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

/**
 * Reads models.dev (github.com/anomalyco/models.dev, MIT) as upstream lays it out: {@code models/<lab>/<model>.toml}
 * (provider-agnostic model facts and benchmarks) and {@code providers/<provider>/provider.toml} with
 * {@code providers/<provider>/models/.../<id>.toml} (one model as that provider serves it). Every provider file is an
 * offering; the models are the lab-level files plus the provider-only ids grouped across providers
 * ({@link ModelsDevGroups}); the scores are the lab-level files' benchmarks.
 */
public final class ModelsDevReader {

    public static final String ORIGIN = "models-dev";

    private ModelsDevReader() {
    }

    /** The TOML files under {@code models/} and {@code providers/}, at the root or under one top folder (GitHub's zip). */
    public static UnaryOperator<String> files() {
        return SourceFiles.keepUnder(List.of("models/", "providers/"), ".toml");
    }

    /** A zip of a checkout: the bundle, or GitHub's zip of a newer commit. */
    public static SourceRecords readZip(InputStream zip) throws IOException, UnreadableImportException {
        return read(SourceFiles.zip(zip, ZipLimits.DEFAULTS, files()));
    }

    /**
     * Reads the files (path from the checkout's root → text). A file that does not parse is a problem line.
     *
     * @throws UnreadableImportException when not one model file is there: not a models.dev checkout
     */
    public static SourceRecords read(Map<String, String> files) throws UnreadableImportException {
        ModelsDevFiles parsed = ModelsDevFiles.parse(files);
        if (parsed.labFiles.isEmpty() && parsed.providerFiles.isEmpty()) {
            throw new UnreadableImportException("No models.dev model file (models/<lab>/<model>.toml or "
                    + "providers/<provider>/models/<id>.toml) among " + files.size() + " files", null);
        }
        ModelsDevModels models = ModelsDevModels.build(parsed, ModelsDevGroups.of(parsed));
        List<String> problems = new ArrayList<>(parsed.problems);
        List<SourceScore> scores = new ArrayList<>();
        parsed.labFiles.values().forEach(f -> scores.addAll(ModelsDevScores.of(f, models.idOfLabFile(f.id()), problems)));
        List<SourceScore> sorted = oneNamePerBenchmark(scores);
        sorted.sort(Comparator.comparing(SourceScore::modelId).thenComparing(SourceScore::benchmark)
                .thenComparing(s -> String.valueOf(s.setting())));
        return new SourceRecords(ORIGIN, models.models, sorted, ModelsDevOfferings.of(parsed, models.modelOfFile), problems);
    }

    /** Upstream spells a benchmark several ways ("SWE Bench Pro"): each id gets its most common spelling. */
    private static List<SourceScore> oneNamePerBenchmark(List<SourceScore> scores) {
        Map<String, String> names = scores.stream().collect(Collectors.groupingBy(SourceScore::benchmark,
                Collectors.collectingAndThen(Collectors.mapping(SourceScore::benchmarkName, Collectors.toList()),
                        spellings -> ModelsDevModels.mostCommon(spellings, Function.identity()))));
        return scores.stream().map(s -> new SourceScore(s.modelId(), s.benchmark(), names.get(s.benchmark()), s.value(), s.unit(),
                s.stderr(), s.date(), s.provenance(), s.sourceUrl(), s.logUrl(), s.setting(), s.release(), s.runId()))
                .collect(Collectors.toCollection(ArrayList::new));
    }
}

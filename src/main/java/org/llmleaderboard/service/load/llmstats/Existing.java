package org.llmleaderboard.service.load.llmstats;

import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher;

import java.util.HashMap;
import java.util.Map;

import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.ORIGIN;

/**
 * What the database holds before the merge: labs, benchmarks and models by slug (the steps add what they create),
 * and the aliases earlier imports kept (alias → slug).
 */
public final class Existing {

    public final Map<String, Lab> labs = new HashMap<>();
    public final Map<String, Benchmark> benchmarks = new HashMap<>();
    public final Map<String, LanguageModel> models = new HashMap<>();
    public final Map<String, String> labAliases = new HashMap<>();
    public final Map<String, String> benchmarkAliases = new HashMap<>();
    public final Map<String, String> modelAliases = new HashMap<>();

    /** What the matcher needs to know of it. */
    LlmStatsMatcher.Known known() {
        return new LlmStatsMatcher.Known(
                labs.values().stream().map(l -> new LlmStatsMatcher.ExistingLab(l.slug, l.name)).toList(),
                models.values().stream().map(m -> new LlmStatsMatcher.ExistingModel(m.slug, m.name, m.lab.slug,
                        ORIGIN.equals(m.origin))).toList(),
                benchmarks.values().stream().map(b -> new LlmStatsMatcher.ExistingBenchmark(b.slug, b.name)).toList(),
                labAliases, modelAliases, benchmarkAliases);
    }
}

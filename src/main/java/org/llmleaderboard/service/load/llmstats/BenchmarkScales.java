package org.llmleaderboard.service.load.llmstats;

import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsNames;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark each llm-stats benchmark id became, and the factor its scores are multiplied by. A benchmark whose
 * {@code max_score} is 1 — or whose scores are all fractions although its {@code max_score} says otherwise (e.g.
 * {@code mbpp}, listed with 100) — is a percentage: its scores are stored × 100 with the unit {@code %}. Other
 * benchmarks keep their own scale (unit {@code points}, e.g. {@code cfeval} ratings). Pure: no database.
 */
public final class BenchmarkScales {

    private final Map<String, Boolean> allFractions = new HashMap<>();
    private final Map<String, Benchmark> benchmarkOf = new HashMap<>();
    private final Map<String, Double> factor = new HashMap<>();

    /** Which benchmark ids have only fractions among these models' scores. */
    public BenchmarkScales(List<LlmStats.Model> models) {
        for (LlmStats.Model m : models) {
            for (LlmStats.Score s : m.scores()) {
                allFractions.merge(s.benchmarkId(), s.score() <= 1.0, Boolean::logicalAnd);
            }
        }
    }

    /** Whether the benchmark's scores are fractions, to be stored as percent. */
    public boolean percent(LlmStats.Benchmark src) {
        return src.maxScore() == 1.0 || allFractions(src.id());
    }

    private boolean allFractions(String benchmarkId) {
        return Boolean.TRUE.equals(allFractions.get(benchmarkId));
    }

    /** Records what the llm-stats benchmark became, and the factor of its scores. */
    public void bind(LlmStats.Benchmark src, Benchmark b) {
        benchmarkOf.put(src.id(), b);
        // Fractions become percent; a percent benchmark given on another scale is rescaled; other units stay.
        factor.put(src.id(), "%".equals(b.unit) ? (percent(src) ? 100.0 : 100.0 / src.maxScore()) : 1.0);
    }

    /** What the llm-stats benchmark became, or null. */
    public Benchmark benchmark(String benchmarkId) {
        return benchmarkOf.get(benchmarkId);
    }

    /**
     * What a score's benchmark is: the one it became, or — a checkout without this benchmark's file — a benchmark
     * the database knows by alias or slug (bound then, fractions as percent); null when there is none.
     */
    public Benchmark resolve(String benchmarkId, Existing existing) {
        Benchmark b = benchmarkOf.get(benchmarkId);
        if (b == null) {
            String knownSlug = existing.benchmarkAliases.getOrDefault(benchmarkId, LlmStatsNames.slugify(benchmarkId));
            b = existing.benchmarks.get(knownSlug);
            if (b != null) {
                benchmarkOf.put(benchmarkId, b);
                factor.put(benchmarkId, "%".equals(b.unit) && allFractions(benchmarkId) ? 100.0 : 1.0);
            }
        }
        return b;
    }

    /** The score in its benchmark's unit, rounded to 4 decimals; its benchmark must be bound or resolved. */
    public double value(LlmStats.Score s) {
        return Math.round(s.score() * factor.get(s.benchmarkId()) * 10000d) / 10000d;
    }
}

package org.llmleaderboard.service.load.llmstats;

import org.llmleaderboard.importer.llmstats.LlmStats;

import java.util.HashMap;
import java.util.Map;

/**
 * The key a score is found again by in a later import ({@code Score.externalId}). llm-stats reuses some
 * model_benchmark_ids (across models, and a few within one model): the key is model id, score id, benchmark id and,
 * for a repeat, its position in the file's (stable) order; at most 100 characters. Pure; one instance per merge.
 */
final class ScoreKeys {

    static final int MAX_LENGTH = 100;

    private final Map<String, Integer> repeats = new HashMap<>();

    /** The next key of this score of this model (a repeat gets {@code #2}, {@code #3}…). */
    String next(String modelId, LlmStats.Score s) {
        String base = modelId + "#" + s.id() + "#" + s.benchmarkId();
        int repeat = repeats.merge(base, 1, Integer::sum);
        String key = repeat == 1 ? base : base + "#" + repeat;
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }
}

package org.llmleaderboard.service;

import io.smallrye.graphql.api.ErrorCode;

/** A benchmark slug that names no benchmark. */
@ErrorCode("UNKNOWN_BENCHMARK")
public class UnknownBenchmarkException extends InvalidArgumentException {

    public UnknownBenchmarkException(String argument, String slug) {
        super(argument, "Unknown benchmark '" + slug + "'. Use the slug of one of `benchmarks`, e.g. mmlu, mmlu-pro, gpqa, hle.");
    }
}

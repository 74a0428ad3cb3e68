package org.llmleaderboard.importer;

/** A benchmark as a file gives it (only the data set has them); null unit and direction take the defaults. */
public record ImportedBenchmark(int line, String slug, String name, String description, String unit, Boolean higherIsBetter) {
}

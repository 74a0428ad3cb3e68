/**
 * Epoch AI's three data sets, each read from its own upstream layout: the Benchmarking Hub's CSV export
 * ({@link org.llmleaderboard.importer.epoch.EpochHubReader}), "Data on AI Models"
 * ({@link org.llmleaderboard.importer.epoch.EpochModelsReader}) and the benchmark-stitching repository's data
 * ({@link org.llmleaderboard.importer.epoch.EpochStitchingReader}). Pure: text in, {@code importer.source} records out;
 * depends on {@code importer.source} and commons-csv only.
 */
package org.llmleaderboard.importer.epoch;

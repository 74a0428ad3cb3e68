/**
 * LiveBench (livebench.ai, github.com/LiveBench/livebench.github.io): the reader of its per-release tables
 * ({@code public/table_<release>.csv}, {@code public/categories_<release>.json}) and of the model facts extracted from
 * the site ({@code extracted/model_links.json}), into {@code importer.source} records. Depends on {@code importer.source}
 * and {@code importer.naming} only.
 */
package org.llmleaderboard.importer.livebench;

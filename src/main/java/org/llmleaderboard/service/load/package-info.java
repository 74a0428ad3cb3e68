/**
 * Loading data: the bundled data sets at first start ({@code BundledDataLoader}) and editors' uploads
 * ({@code ImportService}) go through one write path ({@code BatchWriter}) that applies the same rules to the same
 * file, from the import records of {@code importer}. {@code llmstats} holds the llm-stats merge.
 */
package org.llmleaderboard.service.load;

/** The JSON data set of {@code /export/dataset.json} ({@code DatasetJson}), read into an {@code ImportBatch}. */
package org.llmleaderboard.importer.dataset;

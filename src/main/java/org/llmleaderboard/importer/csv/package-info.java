/** The CSV format of {@code /export.csv}, read through commons-csv into an {@code ImportBatch}. */
package org.llmleaderboard.importer.csv;

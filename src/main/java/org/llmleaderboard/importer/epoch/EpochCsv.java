package org.llmleaderboard.importer.epoch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.llmleaderboard.importer.UnreadableImportException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One Epoch CSV file as rows of column → trimmed value; Epoch's exports start some files with a UTF-8 byte-order mark. */
record EpochCsv(String file, List<String> header, List<Map<String, String>> rows) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).build();

    /** @throws UnreadableImportException when the text is no CSV at all (an unclosed quote, a binary file) */
    static EpochCsv parse(String file, String text) throws UnreadableImportException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = FORMAT.parse(new StringReader(body))) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < Math.min(header.size(), r.size()); i++) {
                    row.putIfAbsent(header.get(i), r.get(i).strip());
                }
                rows.add(row);
            }
            return new EpochCsv(file, header, rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableImportException(file + " is not readable CSV: " + e.getMessage(), e);
        }
    }

    /** The first of {@code columns} the header has, or null. */
    String column(String... columns) {
        for (String c : columns) {
            if (header.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /** A row's value of a column, null when the column is missing or the cell blank. */
    static String value(Map<String, String> row, String column) {
        String v = column == null ? null : row.get(column);
        return v == null || v.isEmpty() ? null : v;
    }
}

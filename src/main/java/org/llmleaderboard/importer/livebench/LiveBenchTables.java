package org.llmleaderboard.importer.livebench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release tables as upstream writes them: {@code public/table_2026_01_08.csv} (a {@code model} column, then one
 * column per task, scores 0–100; a blank or missing cell is a task not run) with its
 * {@code public/categories_2026_01_08.json} (category → task columns).
 */
final class LiveBenchTables {

    static final Pattern TABLE = Pattern.compile("public/table_(\\d{4})_(\\d{2})_(\\d{2})\\.csv");

    private LiveBenchTables() {
    }

    /** A release with its rows: model id → task → score (blank cells left out), in file order. */
    record Table(LiveBenchRelease release, Map<String, Map<String, Double>> rows) {
    }

    /** Every release whose table and categories could be read, oldest first; the rest are problems. */
    static List<Table> read(Map<String, String> files, List<String> problems) {
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Matcher m = TABLE.matcher(file.getKey());
            if (!m.matches()) {
                continue;
            }
            String release = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
            String categoriesPath = "public/categories_" + m.group(1) + "_" + m.group(2) + "_" + m.group(3) + ".json";
            try {
                LocalDate date = LocalDate.parse(release);
                List<LiveBenchRelease.Category> categories = categories(files.get(categoriesPath), categoriesPath);
                Map<String, Map<String, Double>> rows = rows(file.getKey(), file.getValue(), problems);
                tables.add(new Table(new LiveBenchRelease(release, date, categories, rows.size()), rows));
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add(file.getKey() + ": release left out (" + e.getMessage() + ")");
            }
        }
        return tables;
    }

    private static List<LiveBenchRelease.Category> categories(String json, String path) {
        if (json == null) {
            throw new IllegalArgumentException(path + " missing");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(path + " is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(path + " is not an object of category → tasks");
        }
        List<LiveBenchRelease.Category> categories = new ArrayList<>();
        root.fields().forEachRemaining(c -> {
            List<String> tasks = new ArrayList<>();
            c.getValue().forEach(t -> tasks.add(t.asText()));
            String slug = c.getKey().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            categories.add(new LiveBenchRelease.Category(c.getKey().strip(), "livebench/" + slug,
                    "LiveBench " + c.getKey().strip(), tasks));
        });
        return categories;
    }

    private static Map<String, Map<String, Double>> rows(String path, String csv, List<String> problems) {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setAllowMissingColumnNames(true).build().parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || !header.get(0).equals("model")) {
                throw new IllegalArgumentException("no model column");
            }
            for (CSVRecord record : parser) {
                row(path, header, record, problems).ifPresent(r -> {
                    if (rows.putIfAbsent(record.get(0), r) != null) {
                        problems.add(path + " line " + record.getRecordNumber() + ": " + record.get(0) + " listed twice; first row kept");
                    }
                });
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException(path + " is not CSV (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    private static Optional<Map<String, Double>> row(String path, List<String> header, CSVRecord record,
            List<String> problems) {
        String model = record.get(0);
        if (model.isBlank()) {
            problems.add(path + " line " + record.getRecordNumber() + ": no model id");
            return Optional.empty();
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 1; i < header.size() && i < record.size(); i++) {
            String cell = record.get(i);
            if (cell.isBlank()) {
                continue; // the task was not run for this model
            }
            try {
                scores.put(header.get(i), Double.parseDouble(cell));
            } catch (NumberFormatException e) {
                problems.add(path + " line " + record.getRecordNumber() + ": " + model + " " + header.get(i) + " '" + cell
                        + "' is not a number");
            }
        }
        return Optional.of(scores);
    }
}

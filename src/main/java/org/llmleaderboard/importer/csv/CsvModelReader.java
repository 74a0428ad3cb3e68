package org.llmleaderboard.importer.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.ImportRejection;
import org.llmleaderboard.importer.ImportedModel;
import org.llmleaderboard.importer.ImportedScore;
import org.llmleaderboard.importer.UnreadableImportException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads our CSV (the columns of /export.csv, one model a row, one column per benchmark) with commons-csv. Derived
 * columns are ignored; a column that is neither known, derived nor a benchmark is noted. Pure: bytes in, an import out.
 */
public final class CsvModelReader {

    static final Set<String> DERIVED_COLUMNS = Set.of("rank", "lab_name", "release_date", "release_precision", "token_param_ratio", "training_category",
            "alscore", "alscore_band", "url",
            // The sources' figures, kept by their importers (an upload of a view does not set them).
            "context_window", "knowledge_cutoff", "input_price", "output_price");

    static final Set<String> KNOWN_COLUMNS = Set.of("slug", "name", "lab", "architecture", "access", "released", "parameters_b",
            "active_parameters_b", "training_tokens_b", "dataset_type", "headline_tags", "tags", "notes", "playground_url",
            "paper_url", "source_url", "source", "score_date", "setting", "self_reported");

    private CsvModelReader() {
    }

    /**
     * The rows as models with their scores; a row with an unreadable number or a score without a source is a rejection.
     *
     * @param benchmarkSlugs the benchmarks that exist: their columns are scores
     * @throws UnreadableImportException when the body is not CSV or its header lacks slug, name or lab
     */
    public static ImportBatch read(byte[] body, Set<String> benchmarkSlugs) throws UnreadableImportException {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<ImportedModel> models = new ArrayList<>();
        List<ImportRejection> rejections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String required : List.of("slug", "name", "lab")) {
                if (!header.contains(required)) {
                    throw new UnreadableImportException("The CSV header lacks the column '" + required
                            + "'. Expected the columns of /export.csv: slug, name, lab, ...", null);
                }
            }
            List<String> ignored = header.stream().filter(h -> !KNOWN_COLUMNS.contains(h) && !DERIVED_COLUMNS.contains(h)
                    && !benchmarkSlugs.contains(h)).toList();
            if (!ignored.isEmpty()) {
                notes.add("ignored columns: " + String.join(", ", ignored));
            }
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                Map<String, String> v = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    v.put(header.get(i), r.get(i).isBlank() ? null : r.get(i));
                }
                try {
                    models.add(model(line, v, benchmarkSlugs));
                } catch (IllegalArgumentException e) {
                    rejections.add(new ImportRejection(line, v.getOrDefault("slug", "?"), e.getMessage()));
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new UnreadableImportException("The body is not readable CSV: " + e.getMessage(), e);
        }
        return new ImportBatch(models.size() + " rows", List.of(), List.of(), models, rejections, notes);
    }

    private static ImportedModel model(int line, Map<String, String> v, Set<String> benchmarkSlugs) {
        Double parameters = number(v, "parameters_b");
        Double activeParameters = number(v, "active_parameters_b");
        Double trainingTokens = number(v, "training_tokens_b");
        List<ImportedScore> scores = new ArrayList<>();
        for (Map.Entry<String, String> e : v.entrySet()) {
            if (benchmarkSlugs.contains(e.getKey()) && e.getValue() != null) {
                String sourceUrl = v.get("source_url");
                String source = v.get("source");
                Double value = number(v, e.getKey());
                if (sourceUrl == null && source == null) {
                    throw new IllegalArgumentException("the " + e.getKey() + " score needs a source: fill source_url or source.");
                }
                scores.add(new ImportedScore(e.getKey(), value, v.get("setting"), v.get("self_reported") == null ? null
                        : Boolean.valueOf(v.get("self_reported")), sourceUrl, source, v.get("score_date"), null));
            }
        }
        String lab = v.get("lab");
        // A lab that does not exist yet is created, named by lab_name, else by its slug.
        String labName = lab == null ? null : v.get("lab_name") == null ? lab : v.get("lab_name");
        return new ImportedModel(line, v.get("slug"), v.get("name"), lab, labName, list(v.get("headline_tags")), v.get("released"),
                v.get("access"), v.get("architecture"), parameters, activeParameters, trainingTokens, v.get("dataset_type"), list(v.get("tags")), v.get("notes"), v.get("playground_url"),
                v.get("paper_url"), null, scores, null);
    }

    private static Double number(Map<String, String> v, String column) {
        String s = v.get(column);
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": '" + s + "' is not a number.");
        }
    }

    private static List<String> list(String s) {
        return s == null ? null : Arrays.stream(s.split("[;,]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}

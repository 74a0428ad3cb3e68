package org.llmleaderboard.importer.epoch;

import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceRecords;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Epoch AI's "Data on AI Models" export as upstream writes it: {@code ai_models/notable_ai_models.csv},
 * {@code large_scale_ai_models.csv} and {@code frontier_ai_models.csv}. Only language models ({@code Domain} names
 * {@code Language}); one model per {@code Model} name across the three tables, each field from the first table that
 * gives it (notable, then large-scale, then frontier). No scores. Parameters and dataset sizes are plain counts; a
 * language model's dataset size counts tokens (Epoch's datapoints for language are tokens).
 */
public final class EpochModelsReader {

    public static final String ORIGIN = "epoch-ai-models";
    static final List<String> TABLES = List.of("ai_models/notable_ai_models.csv", "ai_models/large_scale_ai_models.csv",
            "ai_models/frontier_ai_models.csv");
    private static final String[] TOKENS = {"Training dataset size (gradients)", "(DEPRECATED) Training dataset size (datapoints)"};

    private EpochModelsReader() {
    }

    /** The three tables, at the root or under one top folder. */
    public static UnaryOperator<String> files() {
        UnaryOperator<String> under = SourceFiles.keepUnder(List.of("ai_models/"), ".csv");
        return name -> {
            String kept = under.apply(name);
            return kept != null && TABLES.contains(kept) ? kept : null;
        };
    }

    public static SourceRecords readZip(InputStream zip) throws IOException, UnreadableImportException {
        return read(SourceFiles.zip(zip, ZipLimits.DEFAULTS, files()));
    }

    /** @throws UnreadableImportException when none of the tables is there, or one is no CSV or lacks Model and Domain */
    public static SourceRecords read(Map<String, String> files) throws UnreadableImportException {
        if (TABLES.stream().noneMatch(files::containsKey)) {
            throw new UnreadableImportException("None of " + TABLES + ": not an Epoch AI models export", null);
        }
        Map<String, List<Map<String, String>>> byName = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String table : TABLES) {
            if (files.containsKey(table)) {
                collect(EpochCsv.parse(table, files.get(table)), byName, problems);
            }
        }
        List<SourceModel> models = new ArrayList<>();
        byName.forEach((name, rows) -> models.add(model(name, rows)));
        models.sort(Comparator.comparing(SourceModel::id));
        return new SourceRecords(ORIGIN, models, List.of(), List.of(), problems);
    }

    private static void collect(EpochCsv csv, Map<String, List<Map<String, String>>> byName, List<String> problems)
            throws UnreadableImportException {
        if (csv.column("Model") == null || csv.column("Domain") == null) {
            throw new UnreadableImportException(csv.file() + " has no 'Model' or 'Domain' column", null);
        }
        for (int i = 0; i < csv.rows().size(); i++) {
            Map<String, String> row = csv.rows().get(i);
            String domain = EpochCsv.value(row, "Domain");
            if (domain == null || !List.of(domain.split(",")).contains("Language")) {
                continue;
            }
            String name = EpochValues.cleanName(row.get("Model"));
            if (name == null) {
                problems.add(csv.file() + " row " + (i + 2) + ": no model name");
            } else {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
            }
        }
    }

    private static SourceModel model(String name, List<Map<String, String>> rows) {
        Double parameters = first(rows, r -> EpochValues.number(r.get("Parameters")));
        Double tokens = first(rows, r -> {
            for (String c : TOKENS) {
                Double d = EpochValues.number(r.get(c));
                if (d != null) {
                    return d;
                }
            }
            return null;
        });
        return new SourceModel(name, name, first(rows, r -> EpochValues.firstOrganization(r.get("Organization"))),
                first(rows, r -> EpochValues.date(r.get("Publication date"))), null,
                first(rows, r -> openWeights(EpochCsv.value(r, "Model accessibility"))),
                parameters == null ? null : parameters / 1e9, null, tokens == null ? null : tokens / 1e9, null, null, null,
                null, first(rows, r -> link(EpochCsv.value(r, "Link"))), null, List.of());
    }

    /** {@code Open weights (unrestricted | restricted use | non-commercial)}: true; API, hosted or unreleased: false. */
    static Boolean openWeights(String accessibility) {
        if (accessibility == null) {
            return null;
        }
        return accessibility.startsWith("Open weights");
    }

    /** The first of a cell's links (some cells hold several, one a line). */
    private static String link(String cell) {
        if (cell == null) {
            return null;
        }
        String first = cell.split("[\\s,]+")[0];
        return first.startsWith("http") ? first : null;
    }

    private static <T> T first(List<Map<String, String>> rows, Function<Map<String, String>, T> field) {
        return rows.stream().map(field).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}

package org.llmleaderboard.importer.genaiprices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceRecords;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads genai-prices' hand-edited provider files ({@code prices/providers/*.yml}, which carry the {@code prices_checked}
 * dates the generated JSON drops): one offering per priced entry, and each model once ({@link ModelGroups} joins the
 * entries of one model at several providers when their ids or names say so).
 */
public final class GenaiPricesReader {

    public static final String ORIGIN = "genai-prices";
    static final String DIR = "prices/providers/";
    static final String GITHUB = "https://github.com/pydantic/genai-prices/blob/main/";

    private GenaiPricesReader() {
    }

    /** The provider files, at the root or under GitHub's zip folder ({@code genai-prices-main/}). */
    public static UnaryOperator<String> files() {
        return SourceFiles.keepUnder(List.of(DIR), ".yml");
    }

    public static SourceRecords readZip(InputStream zip) throws IOException, UnreadableImportException {
        return read(SourceFiles.zip(zip, ZipLimits.DEFAULTS, files()));
    }

    public static SourceRecords read(Map<String, String> files) throws UnreadableImportException {
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        YAMLMapper yaml = new YAMLMapper();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().startsWith(DIR) || file.getKey().substring(DIR.length()).contains("/")) {
                continue;
            }
            try {
                entries.addAll(provider(file.getKey(), yaml.readTree(file.getValue()), problems));
            } catch (IOException e) {
                problems.add(file.getKey() + ": not YAML (" + e.getMessage().lines().findFirst().orElse("") + "), left out");
            }
        }
        if (entries.isEmpty()) {
            throw new UnreadableImportException("no provider file with models under " + DIR, null);
        }
        ModelGroups groups = ModelGroups.of(entries);
        return new SourceRecords(ORIGIN, groups.models(), List.of(), Offerings.of(entries, groups, problems), problems);
    }

    static List<Entry> provider(String path, JsonNode root, List<String> problems) {
        String provider = text(root, "id");
        JsonNode models = root.path("models");
        if (provider == null || !models.isArray()) {
            problems.add(path + ": no provider id or no models list, left out");
            return List.of();
        }
        String providerName = text(root, "name");
        String url = root.path("pricing_urls").path(0).asText(GITHUB + path);
        List<Entry> entries = new ArrayList<>();
        for (JsonNode m : models) {
            String id = text(m, "id");
            ModelIds.Parsed parsed = id == null ? null : ModelIds.parse(provider, id);
            if (parsed == null) {
                problems.add(path + ": " + (id == null ? "an entry without id" : id + " is a moving alias ('~'), not a model") + ", left out");
                continue;
            }
            JsonNode window = m.path("context_window");
            entries.add(new Entry(provider, providerName == null ? provider : providerName, url, id, text(m, "name"),
                    window.canConvertToInt() && window.isNumber() ? window.asInt() : null, date(path, m, problems), m.path("prices"), parsed));
        }
        return entries;
    }

    private static LocalDate date(String path, JsonNode entry, List<String> problems) {
        String value = text(entry, "prices_checked");
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeException e) {
            problems.add(path + ": " + text(entry, "id") + " has prices_checked '" + value + "', not a date; left empty");
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank() ? null : value.asText().strip();
    }
}

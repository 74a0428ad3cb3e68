package org.llmleaderboard.importer.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceRecords;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads HELM's {@code model_metadata.yaml} as upstream writes it: one {@link SourceModel} per text model, id = HELM's
 * {@code name} ({@code deepseek-ai/deepseek-v4-pro}), name = {@code display_name}, lab = {@code creator_organization_name}.
 * Ablations that only switch thinking or reasoning effort, and the same model served elsewhere (Bedrock, HF), are
 * folded into their base model ({@link HelmFolding}), so each model is given once.
 */
public final class HelmReader {

    public static final String ORIGIN = "helm";
    /** The one file read, from the repository's root. */
    public static final String FILE = "src/helm/config/model_metadata.yaml";
    /** HELM has no page per model; its home page is the link every model carries. */
    static final String URL = "https://crfm.stanford.edu/helm/";

    private HelmReader() {
    }

    /** The model list, at the root or under GitHub's zip folder ({@code helm-main/}). */
    public static UnaryOperator<String> files() {
        return SourceFiles.keepUnder(List.of("src/helm/config/"), "model_metadata.yaml");
    }

    public static SourceRecords readZip(InputStream zip) throws IOException, UnreadableImportException {
        return read(SourceFiles.zip(zip, ZipLimits.DEFAULTS, files()));
    }

    public static SourceRecords read(Map<String, String> files) throws UnreadableImportException {
        String yaml = files.get(FILE);
        if (yaml == null) {
            throw new UnreadableImportException("no " + FILE + " in the HELM files", null);
        }
        JsonNode list;
        try {
            list = new YAMLMapper().readTree(yaml).path("models");
        } catch (IOException e) {
            throw new UnreadableImportException(FILE + " is not YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (!list.isArray()) {
            throw new UnreadableImportException(FILE + " has no models list", null);
        }
        List<String> problems = new ArrayList<>();
        Map<String, SourceModel> models = new LinkedHashMap<>();
        for (JsonNode node : list) {
            SourceModel model = model(node, problems);
            if (model != null && models.putIfAbsent(model.id(), model) != null) {
                problems.add(FILE + ": " + model.id() + " listed twice, read once");
            }
        }
        return new SourceRecords(ORIGIN, HelmFolding.fold(models.values(), problems), List.of(), List.of(), problems);
    }

    /** One entry, or null (with a problem line) for a model that is not a text model or lacks a name. */
    static SourceModel model(JsonNode node, List<String> problems) {
        String id = text(node, "name");
        String name = text(node, "display_name");
        String lab = text(node, "creator_organization_name");
        if (id == null || name == null || lab == null) {
            problems.add(FILE + ": entry " + (id == null ? node.toString() : id) + " without name, display_name or creator_organization_name");
            return null;
        }
        if (!isTextModel(node)) {
            return null; // image, audio-only, embedding and code-completion models: not language models we rank
        }
        if (id.startsWith("simple/")) {
            problems.add(FILE + ": " + id + " is HELM's test model, left out");
            return null;
        }
        JsonNode params = node.path("num_parameters");
        Double parameters = params.isNumber() ? params.asDouble() / 1e9 : null;
        String access = text(node, "access");
        Boolean openWeights = access == null ? null : "open".equals(access);
        return new SourceModel(id, name.strip(), lab, date(id, text(node, "release_date"), problems), null, openWeights, parameters,
                null, null, null, null, null, null, URL, null, List.of());
    }

    /** HELM's text-model tags: TEXT_MODEL_TAG and the FULL/PARTIAL/LIMITED_FUNCTIONALITY_TEXT_MODEL_TAG it implies. */
    static boolean isTextModel(JsonNode node) {
        for (JsonNode tag : node.path("tags")) {
            if (tag.asText().endsWith("TEXT_MODEL_TAG")) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String id, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            problems.add(FILE + ": " + id + " has release_date '" + value + "', not a date; left empty");
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}

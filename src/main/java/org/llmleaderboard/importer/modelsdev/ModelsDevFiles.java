package org.llmleaderboard.importer.modelsdev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parsed TOML files of a models.dev checkout: the lab-level model files, the providers, and the provider model
 * files with their {@code base_model} already merged in (upstream's rule: the provider file's top-level fields win,
 * a nested table such as {@code [cost]} or {@code [limit]} replaces the inherited one whole, then
 * {@code base_model_omit} removes dot paths).
 */
final class ModelsDevFiles {

    static final String GITHUB = "https://github.com/anomalyco/models.dev/blob/f3fc692/";

    private static final TomlMapper TOML = new TomlMapper();

    /** {@code models/<lab>/<model>.toml}: {@code id} is {@code <lab>/<model>}. */
    record LabFile(String id, String lab, String path, JsonNode toml) {
    }

    /** {@code providers/<provider>/models/<localId>.toml}, inheritance resolved; {@code baseModel} null when none. */
    record ProviderFile(String provider, String localId, String path, JsonNode toml, String baseModel) {
    }

    /** {@code providers/<id>/provider.toml}. */
    record Provider(String id, String name, String doc) {
    }

    final Map<String, LabFile> labFiles = new TreeMap<>();
    final Map<String, Provider> providers = new TreeMap<>();
    final List<ProviderFile> providerFiles = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    static ModelsDevFiles parse(Map<String, String> files) {
        ModelsDevFiles parsed = new ModelsDevFiles();
        Map<String, JsonNode> providerModels = new TreeMap<>();
        files.forEach((path, text) -> {
            String[] parts = path.split("/");
            if (!path.endsWith(".toml") || parts.length < 3) {
                return; // upstream slips without .toml, READMEs, JSON dumps
            }
            JsonNode toml = parsed.toml(path, text);
            if (toml == null) {
                return;
            }
            if (!writesText(toml)) {
                parsed.problems.add(path + ": not a language model (its output is " + toml.path("modalities").path("output") + "); left out");
                return;
            }
            if (parts[0].equals("models") && parts.length == 3) {
                String id = parts[1] + "/" + strip(parts[2]);
                parsed.labFiles.put(id, new LabFile(id, parts[1], path, toml));
            } else if (parts[0].equals("providers") && parts.length == 3 && parts[2].equals("provider.toml")) {
                parsed.providers.put(parts[1], new Provider(parts[1], text(toml, "name"), text(toml, "doc")));
            } else if (parts[0].equals("providers") && parts.length > 3 && parts[2].equals("models")) {
                providerModels.put(path, toml);
            }
        });
        providerModels.forEach(parsed::addProviderFile);
        return parsed;
    }

    private void addProviderFile(String path, JsonNode toml) {
        String[] parts = path.split("/", 4);
        String base = text(toml, "base_model");
        JsonNode resolved = toml;
        if (base != null) {
            LabFile model = labFiles.get(base);
            if (model == null) {
                problems.add(path + ": base_model '" + base + "' is not a file in models/; read without it");
                base = null;
            } else {
                resolved = inherit(model.toml(), toml);
            }
        }
        if (!writesText(resolved)) {
            problems.add(path + ": not a language model (its output is " + resolved.path("modalities").path("output") + "); left out");
            return;
        }
        providerFiles.add(new ProviderFile(parts[1], strip(parts[3]), path, resolved, base));
    }

    /**
     * Whether the model writes text: image, video, audio and music generators (output without {@code text}) are no
     * language models and stay out of the leaderboard. A file that does not say is taken as one.
     */
    static boolean writesText(JsonNode toml) {
        JsonNode output = toml.path("modalities").path("output");
        if (!output.isArray() || output.isEmpty()) {
            return true;
        }
        for (JsonNode o : output) {
            if ("text".equals(o.asText())) {
                return true;
            }
        }
        return false;
    }

    /** Upstream's merge: the model's fields, overridden by the provider's top-level fields, minus base_model_omit. */
    static JsonNode inherit(JsonNode model, JsonNode provider) {
        ObjectNode merged = ((ObjectNode) model).deepCopy();
        merged.remove("benchmarks"); // a lab-level fact, read once from models/, not per provider
        provider.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
        for (JsonNode omit : provider.path("base_model_omit")) {
            String[] dots = omit.asText().split("\\.");
            JsonNode parent = merged;
            for (int i = 0; i < dots.length - 1 && parent != null; i++) {
                parent = parent.get(dots[i]);
            }
            if (parent instanceof ObjectNode object) {
                object.remove(dots[dots.length - 1]);
            }
        }
        return merged;
    }

    private JsonNode toml(String path, String text) {
        try {
            JsonNode node = TOML.readTree(text);
            if (node == null || !node.isObject()) {
                problems.add(path + ": not a TOML table");
                return null;
            }
            return node;
        } catch (IOException e) {
            problems.add(path + ": not readable TOML (" + firstLine(e.getMessage()) + ")");
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    private static String strip(String name) {
        return name.substring(0, name.length() - ".toml".length());
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("").trim();
    }
}

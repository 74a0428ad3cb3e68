package org.llmleaderboard.importer.llmstats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.llmleaderboard.importer.identity.ModelCrosswalk;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The decisions the matching rules cannot take, from a small CSV file ({@code bundled/llm-stats-overrides.csv};
 * documented in the README). Columns {@code kind,id,action,target,reason}; lines starting with {@code #} are comments.
 * <ul>
 * <li>{@code lab,<org id>,match,<lab slug>}: the organization is this lab;</li>
 * <li>{@code benchmark,<benchmark id>,match,<benchmark slug>}: the benchmark is this one;</li>
 * <li>{@code model,<model id>,match,<model slug>}: the model is this one (its scores are merged into it);</li>
 * <li>{@code model,<model id>,family,<model slug>}: a model of its own, a variant in this model's family;</li>
 * <li>{@code model,<model id>,variant,<model slug>}: a model of its own in this model's family, and a variant of it
 * (linked by the identity step after the merge; see {@link ModelCrosswalk});</li>
 * <li>{@code model,<model id>,new,}: a model of its own, whatever the rules say;</li>
 * <li>{@code model,<model id>,skip,}: not imported.</li>
 * </ul>
 * The project's model decisions live in the general crosswalk ({@code bundled/crosswalk/models.csv}, source
 * {@code llm-stats}); {@link #bundled()} reads both files.
 */
public record LlmStatsOverrides(Map<String, String> labs, Map<String, String> benchmarks, Map<String, Model> models) {

    public enum Action { MATCH, FAMILY, VARIANT, NEW, SKIP }

    public record Model(Action action, String target, String reason) {
    }

    public static final LlmStatsOverrides NONE = new LlmStatsOverrides(Map.of(), Map.of(), Map.of());

    /** The class-path resource of the project's override file. */
    public static final String BUNDLED = "bundled/llm-stats-overrides.csv";

    /** The project's override file, read from the class path, with the crosswalk's llm-stats model decisions. */
    public static LlmStatsOverrides bundled() {
        return withCrosswalk(file(), ModelCrosswalk.bundled());
    }

    /**
     * These overrides, with the crosswalk's decisions on llm-stats models (keyed by llm-stats' path
     * {@code <organization>/<model id>}; the override file's own model lines win).
     */
    public static LlmStatsOverrides withCrosswalk(LlmStatsOverrides overrides, ModelCrosswalk crosswalk) {
        Map<String, Model> models = new LinkedHashMap<>();
        crosswalk.of(SOURCE).forEach((path, e) -> models.put(path.substring(path.indexOf('/') + 1),
                new Model(Action.valueOf(e.relation() == ModelCrosswalk.Relation.SAME ? "MATCH" : e.relation().name()),
                        e.canonical(), e.reason())));
        models.putAll(overrides.models());
        return new LlmStatsOverrides(overrides.labs(), overrides.benchmarks(), Map.copyOf(models));
    }

    /** The crosswalk's name of this source. */
    public static final String SOURCE = "llm-stats";

    private static LlmStatsOverrides file() {
        try (java.io.InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Override file not found on the class path: " + BUNDLED);
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the file; every bad line is an error naming its line, so that a broken file never half-applies. */
    public static LlmStatsOverrides parse(String csv) {
        Map<String, String> labs = new LinkedHashMap<>();
        Map<String, String> benchmarks = new LinkedHashMap<>();
        Map<String, Model> models = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(csv))) {
            boolean header = true;
            for (CSVRecord r : parser) {
                if (header) {
                    header = false;
                    if (!r.get(0).equals("kind")) {
                        errors.add("line " + r.getParser().getCurrentLineNumber() + ": the first line must be the header kind,id,action,target,reason");
                    }
                    continue;
                }
                long line = r.getParser().getCurrentLineNumber();
                if (r.size() < 3) {
                    errors.add("line " + line + ": expected kind,id,action,target,reason");
                    continue;
                }
                String kind = r.get(0).toLowerCase(Locale.ROOT);
                String id = r.get(1);
                String action = r.get(2).toLowerCase(Locale.ROOT);
                String target = r.size() > 3 && !r.get(3).isBlank() ? r.get(3) : null;
                String reason = r.size() > 4 ? r.get(4) : null;
                if (id.isBlank()) {
                    errors.add("line " + line + ": empty id");
                    continue;
                }
                switch (kind) {
                    case "lab", "benchmark" -> {
                        if (!action.equals("match") || target == null) {
                            errors.add("line " + line + ": a " + kind + " line must be `" + kind + ",<id>,match,<slug>`");
                        } else if ((kind.equals("lab") ? labs : benchmarks).put(id, target) != null) {
                            errors.add("line " + line + ": " + kind + " " + id + " appears twice");
                        }
                    }
                    case "model" -> {
                        Action a;
                        try {
                            a = Action.valueOf(action.toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            errors.add("line " + line + ": unknown action '" + action + "' (match, family, variant, new or skip)");
                            continue;
                        }
                        if ((a == Action.MATCH || a == Action.FAMILY || a == Action.VARIANT) == (target == null)) {
                            errors.add("line " + line + ": `" + action + "` " + (target == null ? "needs" : "takes no") + " a target model slug");
                        } else if (models.put(id, new Model(a, target, reason)) != null) {
                            errors.add("line " + line + ": model " + id + " appears twice");
                        }
                    }
                    default -> errors.add("line " + line + ": unknown kind '" + kind + "' (lab, benchmark or model)");
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add("not readable CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("llm-stats overrides: " + String.join("; ", errors));
        }
        return new LlmStatsOverrides(Map.copyOf(labs), Map.copyOf(benchmarks), Map.copyOf(models));
    }
}

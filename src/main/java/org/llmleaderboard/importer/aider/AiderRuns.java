package org.llmleaderboard.importer.aider;

import com.fasterxml.jackson.databind.JsonNode;
import org.llmleaderboard.importer.identity.ModelNames;
import org.llmleaderboard.importer.naming.Labs;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceScore;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The runs of aider's leaderboards, gathered into one model per name (labels that name the same model, such as
 * {@code Qwen2.5-Coder-32B-Instruct} and {@code openrouter/qwen/qwen-2.5-coder-32b-instruct}, give one model) and one
 * score per run.
 */
final class AiderRuns {

    private final List<String> problems;
    private final Map<String, Group> groups = new TreeMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> local = new HashSet<>();

    AiderRuns(List<String> problems) {
        this.problems = problems;
    }

    private record Group(String name, String lab, Set<String> labels, LocalDate[] released) {
    }

    private record Pending(String key, AiderBoard board, String runId, double value, LocalDate date, String setting) {
    }

    void add(AiderBoard board, int index, JsonNode run) {
        String where = board.file() + " run " + (index + 1);
        String label = text(run, "model");
        if (label == null) {
            problems.add(where + ": no model");
            return;
        }
        AiderLabel parsed = AiderLabel.parse(label);
        if (parsed == null) {
            problems.add(where + ": '" + label + "' is a pair of models (architect and editor), not one model; left out");
            return;
        }
        JsonNode rate = run.get(board.rateField());
        if (rate == null || !rate.isNumber()) {
            problems.add(where + ": '" + label + "' has no numeric " + board.rateField() + "; left out");
            return;
        }
        LocalDate date = date(run, "date");
        if (date == null) {
            problems.add(where + ": '" + label + "' has no date (YYYY-MM-DD); scored without one");
        }
        String lab = Labs.ofBrand(parsed.model().substring(parsed.model().lastIndexOf('/') + 1));
        String key = lab + "|" + ModelNames.key(parsed.name());
        Group group = groups.computeIfAbsent(key, k -> new Group(parsed.name(), lab, new TreeSet<>(), new LocalDate[1]));
        if (!parsed.dated()) {
            group.labels().add(parsed.model());
        }
        if (parsed.local()) {
            local.add(key);
        }
        LocalDate released = date(run, "released");
        if (released != null && group.released()[0] == null) {
            group.released()[0] = released;
        }
        String setting = setting(run, parsed);
        // aider's run directory names the run; without one, the model, date and setting do
        String runId = text(run, "dirname") != null ? text(run, "dirname") : label + " " + date + " " + setting;
        pending.add(new Pending(key, board, runId, rate.asDouble(), date, setting));
    }

    private static String setting(JsonNode run, AiderLabel label) {
        List<String> words = new ArrayList<>();
        String format = text(run, "edit_format");
        if (format != null) {
            words.add("edit format " + format);
        }
        words.addAll(label.settings());
        String effort = text(run, "reasoning_effort");
        if (effort != null && words.stream().noneMatch(w -> w.startsWith("reasoning effort"))) {
            words.add("reasoning effort " + effort.toLowerCase(Locale.ROOT));
        }
        JsonNode budget = run.get("thinking_tokens");
        if (budget != null && budget.isNumber() && words.stream().noneMatch(w -> w.contains("thinking"))) {
            long tokens = budget.asLong();
            words.add(tokens == 0 ? "no thinking" : "thinking budget " + Math.round(tokens / 1024.0) + "K");
        }
        return words.isEmpty() ? null : String.join(", ", words);
    }

    /** The models, each once, by id (a slug of the name). */
    List<SourceModel> models() {
        List<SourceModel> models = new ArrayList<>();
        Map<String, String> ids = ids();
        Map<String, TreeSet<String>> aliases = new TreeMap<>();
        ids.forEach((key, id) -> aliases.computeIfAbsent(id, i -> new TreeSet<>()).addAll(groups.get(key).labels()));
        ids.forEach((key, id) -> {
            Group g = groups.get(key);
            if (instructOf(key) == null) {
                List<String> others = aliases.get(id).stream().filter(l -> !l.equals(id)).toList();
                models.add(new SourceModel(id, g.name(), g.lab(), g.released()[0], null, null, null, null, null, null, null,
                        null, null, null, null, others));
            }
        });
        models.sort(Comparator.comparing(SourceModel::id));
        return models;
    }

    List<SourceScore> scores() {
        Map<String, String> ids = ids();
        List<SourceScore> scores = new ArrayList<>();
        for (Pending p : pending) {
            scores.add(new SourceScore(ids.get(p.key()), p.board().benchmark(), p.board().benchmarkName(), p.value(), "%", null,
                    p.date(), Provenance.INDEPENDENT, p.board().sourceUrl(), null, p.setting(), null, p.runId()));
        }
        return scores;
    }

    /**
     * group key → model id: the name as a slug ("gpt-4o-mini-2024-07-18"), numbered if two names share one. A local tag
     * without "instruct" ({@code ollama/qwen2.5-coder:32b}) gets the id of the instruct model when the records hold it
     * (Ollama's plain tags are the instruct models), so the model is not given twice.
     */
    private Map<String, String> ids() {
        Map<String, String> ids = new TreeMap<>();
        Set<String> taken = new HashSet<>();
        groups.forEach((key, g) -> {
            if (instructOf(key) == null) {
                String slug = slug(g.name());
                String id = slug;
                for (int n = 2; !taken.add(id); n++) {
                    id = slug + "-" + n;
                }
                ids.put(key, id);
            }
        });
        groups.keySet().forEach(key -> {
            String instruct = instructOf(key);
            if (instruct != null) {
                ids.put(key, ids.get(instruct));
            }
        });
        return ids;
    }

    private String instructOf(String key) {
        String instruct = key + "instruct";
        return local.contains(key) && !key.endsWith("instruct") && groups.containsKey(instruct) ? instruct : null;
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name.replace("+", " plus"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
    }

    private static LocalDate date(JsonNode run, String field) {
        String text = text(run, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}

package org.llmleaderboard.importer.helm;

import org.llmleaderboard.importer.source.SourceModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each HELM model once. HELM lists a model again for every way it evaluated it: with thinking switched off
 * ({@code -thinking-disabled}), at another reasoning effort ({@code -high-reasoning-effort}), with a thinking budget
 * ({@code -thinking-10k}), through a DSPy prompt program ({@code -dspy-zs-cot}), served on Bedrock
 * ({@code meta/amazon-llama3-8b-instruct-v1:0}) or from Hugging Face weights ({@code -hf}). Those are one model: the
 * form becomes an alias of the base model (the one HELM lists without the suffix; made from the forms when HELM has
 * none, as for Grok 4 Fast). The file holds no scores, so the setting itself is only reported, never stored.
 */
final class HelmFolding {

    /** A form's suffix, and what it means (for the report). */
    private static final Pattern FORM = Pattern.compile(
            "-(?:(low|high)-reasoning-effort|thinking-disabled|thinking-(\\d+)k|hide-reasoning|dspy-[a-z0-9-]+|hf|(?:v\\d+-)?bedrock)$");
    /** xAI's reasoning switch: {@code grok-4-fast-reasoning} and {@code -non-reasoning} are Grok 4 Fast. */
    private static final Pattern REASONING_SWITCH = Pattern.compile("(-fast)-(?:non-)?reasoning$");
    /** Bedrock's copies: {@code mistralai/amazon-mistral-7b-instruct-v0:2} is {@code mistralai/mistral-7b-instruct-v0.2}. */
    private static final Pattern BEDROCK = Pattern.compile("^([^/]+/)amazon-(.+?)(?:-v1:0)?$");
    /** Words of a display name that name the form, not the model: "(thinking disabled)", "on Amazon Bedrock.". */
    private static final Pattern FORM_WORDS = Pattern.compile(
            "\\s*(?:\\((?:reasoning|non-reasoning|thinking disabled|hide reasoning|bedrock)\\)|on amazon bedrock\\.?)$|,\\s*(?:low|high) reasoning effort|,\\s*extended thinking",
            Pattern.CASE_INSENSITIVE);

    private HelmFolding() {
    }

    /** The models with every form folded into its base, sorted by id; each fold and each renamed name a problem line. */
    static List<SourceModel> fold(Collection<SourceModel> read, List<String> problems) {
        Map<String, SourceModel> byId = new LinkedHashMap<>();
        read.forEach(m -> byId.put(m.id(), m));
        Map<String, String> byName = new LinkedHashMap<>();
        read.forEach(m -> byName.putIfAbsent(nameKey(m.name()), m.id()));
        Map<String, List<String>> aliases = new TreeMap<>();
        for (SourceModel form : read) {
            String base = base(form, byId, byName);
            if (base == null) {
                continue;
            }
            byId.remove(form.id());
            if (!byId.containsKey(base)) {
                byId.put(base, renamed(form, base)); // no base listed: the first form stands for it
            }
            aliases.computeIfAbsent(base, k -> new ArrayList<>()).add(form.id());
            problems.add(HelmReader.FILE + ": " + form.id() + " is " + base + " (" + setting(form.id()) + "), folded into it");
        }
        List<SourceModel> models = new ArrayList<>();
        byId.values().forEach(m -> models.add(withAliases(m, aliases.getOrDefault(m.id(), List.of()))));
        return HelmNames.distinct(models, problems);
    }

    /** The base model a form belongs to, or null if {@code model} is no form of another. */
    static String base(SourceModel model, Map<String, SourceModel> byId, Map<String, String> byName) {
        String id = model.id();
        Matcher form = FORM.matcher(id);
        if (form.find()) {
            String base = id.substring(0, form.start());
            boolean host = form.group().equals("-hf") || form.group().endsWith("bedrock");
            return host && !byId.containsKey(base) ? null : base; // a host form stands alone when HELM lists no base
        }
        Matcher reasoning = REASONING_SWITCH.matcher(id);
        if (reasoning.find()) {
            return id.substring(0, reasoning.start()) + reasoning.group(1);
        }
        Matcher bedrock = BEDROCK.matcher(id);
        if (bedrock.matches()) {
            String guess = bedrock.group(1) + bedrock.group(2).replace(':', '.');
            if (byId.containsKey(guess)) {
                return guess;
            }
            String sameName = byName.get(nameKey(cleanName(model.name())));
            return sameName != null && !sameName.equals(id) ? sameName : null;
        }
        return null;
    }

    /** The form's setting in words, for the report: "reasoning effort high", "thinking budget 10K". */
    static String setting(String id) {
        Matcher form = FORM.matcher(id);
        if (!form.find()) {
            return id.contains("amazon-") ? "served on Amazon Bedrock" : "reasoning " + (id.endsWith("non-reasoning") ? "off" : "on");
        }
        String suffix = form.group().substring(1);
        if (form.group(1) != null) {
            return "reasoning effort " + form.group(1);
        }
        if (form.group(2) != null) {
            return "thinking budget " + form.group(2) + "K";
        }
        return switch (suffix) {
            case "thinking-disabled" -> "thinking disabled";
            case "hide-reasoning" -> "reasoning hidden";
            case "hf" -> "Hugging Face weights";
            default -> suffix.startsWith("dspy-") ? "DSPy program " + suffix.substring(5) : "served on Amazon Bedrock";
        };
    }

    /** A display name without the words that name a form: "Grok 4 Fast (Reasoning)" → "Grok 4 Fast". */
    static String cleanName(String name) {
        return FORM_WORDS.matcher(name).replaceAll("").strip();
    }

    /** Names compared without case, punctuation or word order: "Llama 3 Instruct (8B)" is "Llama 3 8B Instruct". */
    static String nameKey(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", " ").replaceAll("\\.(?![0-9])", " ").trim().split(" +");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    private static SourceModel renamed(SourceModel form, String base) {
        return new SourceModel(base, cleanName(form.name()), form.lab(), form.released(), form.releasePrecision(), form.openWeights(),
                form.parameters(), null, null, null, null, null, null, form.url(), null, List.of());
    }

    private static SourceModel withAliases(SourceModel m, List<String> aliases) {
        List<String> all = aliases.stream().filter(a -> !Objects.equals(a, m.id())).distinct().sorted().toList();
        return all.isEmpty() ? m : new SourceModel(m.id(), m.name(), m.lab(), m.released(), m.releasePrecision(), m.openWeights(),
                m.parameters(), null, null, null, null, null, null, m.url(), null, all);
    }
}

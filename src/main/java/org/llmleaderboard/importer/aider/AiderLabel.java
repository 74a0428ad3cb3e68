package org.llmleaderboard.importer.aider;

import org.llmleaderboard.importer.naming.ApiIdNames;
import org.llmleaderboard.importer.naming.NameStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An aider {@code model} label read as a model and the way it was run. The label is free text:
 * {@code gpt-4o-mini-2024-07-18} (an API id: named "GPT-4o mini 2024-07-18"), {@code claude-sonnet-4-20250514 (32k thinking)}
 * (a thinking budget), {@code o3-mini (high)} (an effort), {@code chatgpt-4o-latest (2025-02-15)} (a dated snapshot of a
 * moving alias: part of the name), {@code ollama/qwen2.5-coder:32b}, {@code codestral:22b-v0.1-q8_0} (a quantised local
 * run), {@code Qwen3 235B A22B diff, no think, Alibaba API}. A pair ({@code o3 (high) + gpt-4.1}, aider's architect mode)
 * is two models, not one: {@link #parse} gives null for it.
 *
 * @param name     the display name
 * @param model    the label's model part, as written (kept as an alias unless a snapshot date was added to the name)
 * @param dated    whether the label's qualifier made it a dated snapshot ({@code chatgpt-4o-latest (2025-02-15)})
 * @param local    whether it is a local tag ({@code ollama/qwen2.5-coder:32b}, {@code yi-coder:9b-chat-q4_0}), where a
 *                 size without "instruct" is Ollama's default, the instruct model
 * @param settings how it was run, in words, beyond the edit format
 */
record AiderLabel(String name, String model, boolean dated, boolean local, List<String> settings) {

    private static final Pattern PAREN = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern QUANT = Pattern.compile("(?i)[-:_](q\\d\\w*|fp16|bf16|gguf)(?=$|[-:])");
    private static final Pattern EFFORT = Pattern.compile("(?i)(xhigh|high|medium|low|minimal)");
    private static final Pattern BUDGET = Pattern.compile("(?i)(\\d+)k think(?:ing)?(?: tokens)?");
    private static final Pattern SNAPSHOT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{4}|\\d{2}-\\d{2}");
    private static final Pattern DROPPED = Pattern.compile(
            "(?i)default(?: think(?:ing)?)?|diff|whole|udiff|diff-fenced|deprecated|prev|chat");
    private static final Pattern DEEPSEEK_CHAT = Pattern.compile("^DeepSeek Chat (V[\\d.]+)");

    AiderLabel {
        settings = List.copyOf(settings);
    }

    /** The label read, or null when it names two models (an architect/editor pair). */
    static AiderLabel parse(String label) {
        String s = label.strip();
        if (s.contains(" + ")) {
            return null;
        }
        List<String> qualifiers = new ArrayList<>();
        String[] parts = s.split(",\\s*");
        s = parts[0].strip();
        for (int i = 1; i < parts.length; i++) {
            qualifiers.add(parts[i].strip());
        }
        Matcher paren;
        while ((paren = PAREN.matcher(s)).find() && paren.start() > 0) {
            qualifiers.add(0, paren.group(1).strip());
            s = s.substring(0, paren.start());
        }
        s = s.replaceFirst("(?i)\\s+(diff|whole)$", ""); // "Qwen3 235B A22B diff": the edit format in the label
        String model = s;
        List<String> settings = new ArrayList<>();
        Matcher quant = QUANT.matcher(s);
        while (quant.find()) {
            if (!quant.group(1).equalsIgnoreCase("gguf")) { // GGUF is the file format, the Q tag its quantisation
                settings.add("quantization " + quant.group(1));
            }
        }
        s = QUANT.matcher(s).replaceAll("");
        String name = s.contains(" ") ? NameStyle.tidy(DEEPSEEK_CHAT.matcher(s).replaceFirst("DeepSeek $1")) : ApiIdNames.displayName(s);
        boolean dated = false;
        for (String q : qualifiers) {
            if (SNAPSHOT.matcher(q).matches()) {
                name = name + " " + q; // a dated snapshot: its own model
                dated = true;
            } else {
                String words = setting(q);
                if (words != null) {
                    settings.add(words);
                }
            }
        }
        boolean local = model.startsWith("ollama/") || (!model.contains(" ") && model.contains(":"));
        if (local) {
            settings.add(0, "run locally with Ollama"); // its default quantisation, unlike the lab's or a host's API
        }
        return new AiderLabel(name, model, dated, local, settings);
    }

    /** A qualifier in words, or null when it says nothing beyond the run's fields (edit format, default settings). */
    private static String setting(String qualifier) {
        String q = qualifier.toLowerCase(Locale.ROOT);
        if (EFFORT.matcher(q).matches()) {
            return "reasoning effort " + q;
        }
        Matcher budget = BUDGET.matcher(q);
        if (budget.matches()) {
            return "thinking budget " + budget.group(1) + "K";
        }
        if (q.matches("no think(?:ing)?")) {
            return "no thinking";
        }
        if (q.equals("reasoner")) {
            return "thinking";
        }
        if (q.matches("bf16|fp16")) {
            return "quantization " + q;
        }
        return DROPPED.matcher(q).matches() ? null : qualifier;
    }
}

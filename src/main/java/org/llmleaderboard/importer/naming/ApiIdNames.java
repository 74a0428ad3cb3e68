package org.llmleaderboard.importer.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A display name derived from an API id, for ids no source names: {@code meta-llama-3-70b-instruct} → "Llama 3 70B
 * Instruct", {@code claude-3-5-sonnet-20241022} → "Claude 3.5 Sonnet 2024-10-22", {@code gpt-4o-mini-2024-07-18} →
 * "GPT-4o mini 2024-07-18", {@code qwen2.5-coder:32b} → "Qwen2.5 Coder 32B". Brands get their lab's casing, sizes
 * upper case ("70B", "8x7B", "A22B"), dates ISO when whole ({@code 20241022}), as written otherwise ({@code 05-20},
 * {@code 0613}), then {@link NameStyle#tidy}. A host prefix ({@code openrouter/qwen/}) and "latest" are dropped.
 */
public final class ApiIdNames {

    private static final Map<String, String> BRANDS = Map.ofEntries(
            Map.entry("gpt", "GPT"), Map.entry("chatgpt", "ChatGPT"), Map.entry("deepseek", "DeepSeek"), Map.entry("qwq", "QwQ"),
            Map.entry("openhermes", "OpenHermes"), Map.entry("olmo", "OLMo"), Map.entry("lm", "LM"), Map.entry("it", "IT"),
            Map.entry("glm", "GLM"), Map.entry("wizardlm", "WizardLM"), Map.entry("codeqwen", "CodeQwen"), Map.entry("moe", "MoE"),
            Map.entry("codegeex4", "CodeGeeX4"), Map.entry("tulu3", "Tülu 3"), Map.entry("opencodeinterpreter", "OpenCodeInterpreter"),
            Map.entry("openhands", "OpenHands"), Map.entry("exp", "Exp"));
    private static final Pattern SIZE = Pattern.compile("(?:\\d+x)?\\d+(?:\\.\\d+)?[bmk]|[ae]\\d+(?:\\.\\d+)?b");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern DATE8 = Pattern.compile("(20\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern VERSION = Pattern.compile("v\\d+(?:\\.\\d+)*");

    private ApiIdNames() {
    }

    /** The display name of an API id (its last path segment), or null for a blank id. */
    public static String displayName(String id) {
        String s = id.strip();
        s = s.substring(s.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>(List.of(s.split("[-_:\\s]+")));
        tokens.removeIf(t -> t.isEmpty() || t.equals("hf") || t.equals("latest"));
        if (tokens.size() > 1 && tokens.get(0).equals("meta") && tokens.get(1).startsWith("llama")) {
            tokens.remove(0);
        }
        if (tokens.isEmpty()) {
            return null;
        }
        return NameStyle.tidy(join(tokens));
    }

    private static String join(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        String brand = tokens.get(0);
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
            if (t.matches("20\\d{2}") && next != null && next.matches("\\d{2}")) {
                // 2024-07-18 or 2024-07 split by the hyphens: one date again
                boolean day = after != null && after.matches("\\d{2}");
                out.append(out.isEmpty() ? "" : " ").append(t).append('-').append(next).append(day ? "-" + after : "");
                i += day ? 2 : 1;
                continue;
            }
            if (t.matches("\\d{2}") && next != null && next.matches("\\d{2}|20\\d{2}")) {
                out.append(out.isEmpty() ? "" : " ").append(t).append('-').append(next); // 05-20, 08-2024
                i++;
                continue;
            }
            if (t.matches("\\d") && next != null && next.matches("\\d") && !brand.equals("grok")) {
                out.append(out.isEmpty() ? "" : " ").append(t).append('.').append(next); // claude-3-5 → 3.5
                i++;
                continue;
            }
            boolean glue = i > 0 && (tokens.get(i - 1).equals("gpt") || tokens.get(i - 1).equals("chatgpt")) && DIGIT.matcher(t).lookingAt();
            out.append(out.isEmpty() || glue ? (glue ? "-" : "") : " ").append(word(t, brand));
        }
        return out.toString();
    }

    private static String word(String t, String brand) {
        if (t.equals("exp") && brand.equals("gemini")) {
            return "Experimental"; // Google's own long form, as LiveBench writes it too
        }
        if (BRANDS.containsKey(t)) {
            return BRANDS.get(t);
        }
        var date = DATE8.matcher(t);
        if (date.matches()) {
            return date.group(1) + "-" + date.group(2) + "-" + date.group(3);
        }
        if (SIZE.matcher(t).matches()) {
            return t.toUpperCase(Locale.ROOT).replace('X', 'x');
        }
        if (VERSION.matcher(t).matches()) {
            return brand.equals("deepseek") ? "V" + t.substring(1) : t;
        }
        if (t.matches("o\\d.*")) {
            return t;
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}

package org.llmleaderboard.importer.genaiprices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a provider's model id apart: {@code global.anthropic.claude-sonnet-5-v1:0} (AWS) is Anthropic's
 * {@code claude-sonnet-5} in Bedrock's global region at API version 1:0; {@code deepseek/deepseek-r1:free} (OpenRouter)
 * is DeepSeek's {@code deepseek-r1} on the free tier; {@code ft:gpt-4o} (OpenAI) is GPT-4o serving a fine-tune. The comparison key ({@link #key}) ignores case, punctuation,
 * word order and how a version is written ({@code claude-3-5-sonnet}, {@code claude-3.5-sonnet}, {@code kimi-k2p5}),
 * so the entries of one model at several providers meet.
 */
final class ModelIds {

    /**
     * @param vendor the vendor prefix as written ({@code anthropic}, {@code meta-llama}); null if the id has none
     * @param model  the model's own id ({@code claude-sonnet-5}), as written
     * @param tier   what a {@code :free}-style suffix says ({@code free}, {@code thinking}); null if none
     * @param key    the comparison key of {@code model}
     */
    record Parsed(String vendor, String model, String tier, String key) {
    }

    private static final Pattern REGION = Pattern.compile("^(?:global|regional|us|eu|apac|jp|au)\\.");
    /** Bedrock's API versions ({@code -v1:0}, {@code -v0:2}, {@code -1:0}, {@code :0}). */
    private static final Pattern API_VERSION = Pattern.compile("(?:-v?\\d+)?:\\d+$");
    private static final Pattern TIER = Pattern.compile(":([a-z][a-z-]*)$");
    /** Words that say how a model is served or aliased, not which model it is. */
    private static final Set<String> NOISE = Set.of("latest", "hf", "fp8", "nvfp4", "bf16", "fp16", "v");

    private ModelIds() {
    }

    /** The id taken apart; null for OpenRouter's moving aliases ({@code ~anthropic/claude-opus-latest}). */
    static Parsed parse(String provider, String id) {
        if (id.startsWith("~")) {
            return null;
        }
        String rest = id;
        String tier = null;
        if (id.startsWith("ft:") || id.endsWith(".ft-")) {
            tier = "fine-tuned"; // OpenAI's price for serving a fine-tune of the model (ft:gpt-4o, gpt-4o-mini-2024-07-18.ft-)
            rest = id.replaceFirst("^ft:", "").replaceFirst("\\.ft-$", "").replaceFirst("-$", "");
        }
        Matcher t = TIER.matcher(rest);
        if (t.find()) {
            tier = t.group(1);
            rest = rest.substring(0, t.start());
        }
        rest = API_VERSION.matcher(rest).replaceFirst("");
        String vendor = null;
        if ("aws".equals(provider)) {
            rest = REGION.matcher(rest).replaceFirst("");
            int dot = rest.indexOf('.');
            if (dot > 0) {
                vendor = rest.substring(0, dot);
                rest = rest.substring(dot + 1);
            }
        }
        int slash = rest.indexOf('/');
        if (slash > 0) {
            vendor = rest.substring(0, slash);
            rest = rest.substring(rest.lastIndexOf('/') + 1);
        }
        return new Parsed(vendor, rest, tier, key(rest));
    }

    /**
     * The comparison key of an id or a name: lower case, words sorted, versions written one way ({@code 3-5}, {@code 3.5},
     * {@code 3p5} are {@code 3.5}; {@code 4.0} is {@code 4}), serving words ({@code latest}, {@code fp8}) left out.
     */
    static String key(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("(\\d)p(\\d)", "$1.$2")
                .replaceAll("\\((?:free|thinking|extended)\\)", " ");
        List<String> words = new ArrayList<>();
        for (String raw : s.split("[^a-z0-9.]+")) {
            if (NOISE.contains(raw)) {
                continue; // before "fp8" is taken apart into "fp" and "8"
            }
            for (String w : raw.split("(?<=[a-z])(?=\\d)|\\.(?!\\d)|(?<!\\d)\\.")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        List<String> merged = new ArrayList<>();
        for (String w : words) {
            int last = merged.size() - 1;
            if (last >= 0 && w.matches("\\d{1,2}") && merged.get(last).matches("\\d{1,2}(?:\\.\\d{1,2})*")) {
                merged.set(last, merged.get(last) + "." + w);
            } else {
                merged.add(w);
            }
        }
        boolean llama = merged.contains("llama");
        return merged.stream().map(w -> w.replaceAll("^(\\d+)\\.0$", "$1"))
                .filter(w -> !NOISE.contains(w) && !(llama && w.equals("meta")))
                .sorted().reduce((a, b) -> a + " " + b).orElse("");
    }
}

package org.llmleaderboard.importer.genaiprices;

import java.util.Locale;
import java.util.Map;

/**
 * Whose model an entry is. A lab's own price list (Anthropic's, OpenAI's...) names the lab as the provider does; a
 * reseller's entry names it by its vendor prefix ({@code meta-llama/}, {@code anthropic.}); an unprefixed id at a
 * reseller ({@code llama-3.3-70b-versatile} at Groq) by its family's maker, from the family word the id starts with.
 */
final class Labs {

    /** Providers whose price list is the lab's own. */
    private static final java.util.Set<String> LAB_PROVIDERS = java.util.Set.of("anthropic", "openai", "google", "mistral",
            "deepseek", "x-ai", "cohere", "moonshotai", "minimax", "zhipuai", "zai", "perplexity", "voyageai");

    /** A family word (the id's first word) → the provider id of its maker, or the maker's name when it sells no API here. */
    private static final Map<String, String> FAMILIES = Map.ofEntries(Map.entry("claude", "anthropic"), Map.entry("gpt", "openai"),
            Map.entry("o1", "openai"), Map.entry("o3", "openai"), Map.entry("o4", "openai"), Map.entry("chatgpt", "openai"),
            Map.entry("codex", "openai"), Map.entry("gemini", "google"), Map.entry("gemma", "google"), Map.entry("palm", "google"),
            Map.entry("mistral", "mistral"), Map.entry("mixtral", "mistral"), Map.entry("codestral", "mistral"),
            Map.entry("devstral", "mistral"), Map.entry("magistral", "mistral"), Map.entry("ministral", "mistral"),
            Map.entry("pixtral", "mistral"), Map.entry("voxtral", "mistral"), Map.entry("deepseek", "deepseek"),
            Map.entry("grok", "x-ai"), Map.entry("command", "cohere"), Map.entry("kimi", "moonshotai"), Map.entry("moonshot", "moonshotai"),
            Map.entry("minimax", "minimax"), Map.entry("glm", "zhipuai"), Map.entry("sonar", "perplexity"), Map.entry("voyage", "voyageai"),
            Map.entry("llama", "Meta"), Map.entry("llama3", "Meta"), Map.entry("llama3.1", "Meta"), Map.entry("qwen", "Qwen"),
            Map.entry("qwen3", "Qwen"), Map.entry("qwq", "Qwen"), Map.entry("phi", "Microsoft"), Map.entry("nova", "Amazon"),
            Map.entry("titan", "Amazon"), Map.entry("nemotron", "NVIDIA"), Map.entry("jamba", "AI21"));

    private Labs() {
    }

    static boolean isLabProvider(String provider) {
        return LAB_PROVIDERS.contains(provider);
    }

    /** True for an entry from its maker's own price list (Google's Gemini, not the Claude that Vertex resells). */
    static boolean isOwn(Entry e) {
        if (!isLabProvider(e.provider()) || e.model().vendor() != null) {
            return false;
        }
        String family = family(e.model().model());
        return family == null || family.equals(e.provider()) || !isLabProvider(family);
    }

    /** The lab as the source writes it: the lab's provider name, the vendor prefix, or the family's maker; null if none. */
    static String of(Entry e, Map<String, String> providerNames) {
        if (isOwn(e)) {
            return e.providerName();
        }
        if (e.model().vendor() != null) {
            return e.model().vendor();
        }
        String family = family(e.model().model());
        return family == null ? null : providerNames.getOrDefault(family, family);
    }

    private static String family(String model) {
        String first = model.toLowerCase(Locale.ROOT).split("[-_ ]")[0];
        String word = FAMILIES.containsKey(first) ? first : first.replaceAll("[0-9.]+$", "");
        return FAMILIES.get(word);
    }
}

package org.llmleaderboard.importer.naming;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lab a model's brand names, for sources that write no lab (aider) or ids without an entry (LiveBench's oldest
 * models): "qwen2.5-coder" is Alibaba's, "claude-…" Anthropic's. A brand named inside the name wins over the first word
 * ("Llama-3.1-Nemotron" is NVIDIA's fine-tune, "Hermes 3 Llama 3.1" Nous Research's). Null when no brand is known:
 * nothing is guessed. The labs are spelt as LiveBench spells them where it names the lab.
 */
public final class Labs {

    /** Brands that name the maker wherever they stand in the name: fine-tunes named after their base model. */
    private static final List<Map.Entry<String, String>> INSIDE = List.of(
            Map.entry("nemotron", "NVIDIA"), Map.entry("hermes", "Nous Research"), Map.entry("dracarys", "AbacusAI"),
            Map.entry("smaug", "AbacusAI"), Map.entry("wizardlm", "Microsoft"), Map.entry("openhands", "All Hands AI"));

    private static final Map<String, String> FIRST = Map.ofEntries(
            Map.entry("gpt", "OpenAI"), Map.entry("chatgpt", "OpenAI"), Map.entry("o1", "OpenAI"), Map.entry("o3", "OpenAI"),
            Map.entry("o4", "OpenAI"), Map.entry("claude", "Anthropic"), Map.entry("gemini", "Google"),
            Map.entry("gemma", "Google"), Map.entry("gemma2", "Google"), Map.entry("learnlm", "Google"),
            Map.entry("llama", "Meta"), Map.entry("llama3", "Meta"), Map.entry("llama3.2", "Meta"), Map.entry("meta", "Meta"),
            Map.entry("qwen", "Alibaba"), Map.entry("qwq", "Alibaba"), Map.entry("codeqwen", "Alibaba"),
            Map.entry("deepseek", "DeepSeek"), Map.entry("mistral", "Mistral AI"), Map.entry("mixtral", "Mistral AI"),
            Map.entry("mathstral", "Mistral AI"), Map.entry("codestral", "Mistral AI"), Map.entry("command", "Cohere"),
            Map.entry("grok", "xAI"), Map.entry("phi", "Microsoft"), Map.entry("yi", "01.AI"), Map.entry("vicuna", "LMSYS"),
            Map.entry("zephyr", "Hugging Face"), Map.entry("starling", "Nexusflow"), Map.entry("nova", "Amazon"),
            Map.entry("olmo", "AllenAI"), Map.entry("tulu3", "AllenAI"), Map.entry("kimi", "Moonshot AI"),
            Map.entry("glm", "Z.AI"), Map.entry("codegeex4", "Z.AI"), Map.entry("granite3", "IBM"));

    private Labs() {
    }

    /** The maker of the model an id or label names, or null if its brand is not known. */
    public static String ofBrand(String idOrLabel) {
        String s = idOrLabel.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> brand : INSIDE) {
            if (s.contains(brand.getKey())) {
                return brand.getValue();
            }
        }
        String first = s.split("[\\s:/_-]")[0];
        String lab = FIRST.get(first);
        if (lab == null) {
            lab = FIRST.get(first.replaceAll("[\\d.]+$", ""));
        }
        return lab;
    }
}

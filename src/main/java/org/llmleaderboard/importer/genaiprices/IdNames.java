package org.llmleaderboard.importer.genaiprices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A display name from an id, for the models no entry names ({@code claude-3-5-haiku} → "Claude 3.5 Haiku",
 * {@code llama-3.1-70b-instruct} → "Llama 3.1 70B Instruct"): words capitalised, family words as their makers write
 * them, sizes in capitals, a version split over words joined ({@code 3-5} → 3.5), a date written out.
 */
final class IdNames {

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("gpt", "GPT"), Map.entry("glm", "GLM"),
            Map.entry("qwq", "QwQ"), Map.entry("it", "IT"), Map.entry("vl", "VL"), Map.entry("r1", "R1"), Map.entry("ai", "AI"),
            Map.entry("lfm", "LFM"), Map.entry("olmo", "OLMo"), Map.entry("deepseek", "DeepSeek"), Map.entry("ui", "UI"),
            Map.entry("tars", "TARS"), Map.entry("solar", "SOLAR"), Map.entry("hf", "HF"), Map.entry("dpo", "DPO"), Map.entry("sft", "SFT"));

    private IdNames() {
    }

    static String of(String id) {
        List<String> out = new ArrayList<>();
        for (String w : id.split("[-_ ]+")) {
            if (w.isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (w.matches("20\\d{6}")) {
                out.add(w.substring(0, 4) + "-" + w.substring(4, 6) + "-" + w.substring(6));
            } else if (last >= 0 && w.matches("\\d{1,2}") && out.get(last).matches("\\d{1,2}(?:\\.\\d{1,2})*")) {
                out.set(last, out.get(last) + "." + w);
            } else if (last >= 0 && out.get(last).equals("GPT") && Character.isDigit(w.charAt(0))) {
                out.set(last, "GPT-" + w);
            } else {
                out.add(word(w));
            }
        }
        return String.join(" ", out);
    }

    private static String word(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (WORDS.containsKey(lower)) {
            return WORDS.get(lower);
        }
        if (lower.matches("[0-9.]+[bmk]|\\d+x\\d+b|a\\d+b|e\\d+b")) {
            return w.toUpperCase(Locale.ROOT); // sizes: 70B, 8x7B, A22B, E4B
        }
        return Character.isLetter(w.charAt(0)) ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
    }
}

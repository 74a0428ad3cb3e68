package org.llmleaderboard.importer.modelsdev;

import org.llmleaderboard.importer.identity.ModelNames;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Display names as the lab writes them, from the names providers give: without a gateway's {@code "Anthropic: "}
 * prefix, without {@code (latest)}, {@code (free)} or {@code TEE}, and with a snapshot's date written once, ISO style
 * ({@code GPT-4o 2024-08-06}).
 */
final class ModelsDevNames {

    private static final Pattern GATEWAY_PREFIX = Pattern.compile("^[^:()]{1,40}:\\s+");
    private static final Pattern DECORATION = Pattern.compile("(?i)\\s*[(\\[](latest|free|tee)[)\\]]\\s*$|\\s+(tee|\\(tee\\))\\s*$");
    private static final Pattern SETTING_WORDS = Pattern.compile(
            "(?i)[\\s(\\[:-]*\\b(thinking|think|non-thinking|reasoning|non-reasoning|high|low|medium|xhigh|max|minimal|free|latest)\\b[)\\]]?\\s*$");

    private ModelsDevNames() {
    }

    /** A provider's or the lab file's name, cleaned; {@code folded} also drops a trailing setting word. */
    static String clean(String name, boolean folded) {
        if (name == null) {
            return null;
        }
        String n = GATEWAY_PREFIX.matcher(name.trim()).replaceFirst("");
        String before;
        do {
            before = n;
            n = DECORATION.matcher(n).replaceFirst("").trim();
            if (folded) {
                n = SETTING_WORDS.matcher(n).replaceFirst("").trim();
            }
        } while (!n.equals(before));
        return n.isEmpty() ? null : n;
    }

    /** The name most providers use; ties go to a written name ("GPT OSS 20B") over an id echoed ("gpt-oss-20b"). */
    static String mostCommon(List<String> names) {
        Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.keySet().stream()
                .min(Comparator.comparing((String n) -> -counts.get(n))
                        .thenComparing(n -> n.equals(n.toLowerCase()) && !n.contains(" "))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    /** A name as the merge compares names ({@link ModelNames#key}: "+" spelt out, so "Command R+" is not "Command R"). */
    static String normal(String name) {
        return ModelNames.key(name);
    }

    /** A snapshot's name with its date once: "GPT-4o (2024-05-13)" → "GPT-4o 2024-05-13", "Claude Opus 4.5" → "… 2025-11-01". */
    static String withDate(String name, LocalDate date) {
        String iso = date.toString();
        String compact = iso.replace("-", "");
        String n = name.replace("(" + iso + ")", iso).replace("(" + compact + ")", iso).replace(compact, iso).trim();
        return n.contains(iso) ? n.replaceAll("\\s+", " ") : n + " " + iso;
    }
}

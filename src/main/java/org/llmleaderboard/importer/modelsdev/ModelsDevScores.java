package org.llmleaderboard.importer.modelsdev;

import com.fasterxml.jackson.databind.JsonNode;
import org.llmleaderboard.importer.modelsdev.ModelsDevFiles.LabFile;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceScore;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The {@code [[benchmarks]]} of the lab-level files. Upstream spells one benchmark several ways ("SWE-Bench Pro",
 * "SWE Bench Pro"; "Terminal-Bench" with {@code version = "2.1"}), so the id is the normalised name with its version;
 * the values are percents except the Artificial Analysis indices. Collected by models.dev from leaderboards, unless
 * the source is the lab's own site or Hugging Face organisation: then the lab reported it.
 */
final class ModelsDevScores {

    /** The lab folders' own web sites and Hugging Face organisations (lower case), for self-reported scores. */
    private static final Map<String, Set<String>> OWN_SITES = Map.ofEntries(
            Map.entry("anthropic", Set.of("anthropic.com")), Map.entry("openai", Set.of("openai.com")),
            Map.entry("google", Set.of("deepmind.google", "blog.google", "ai.google.dev", "huggingface.co/google")),
            Map.entry("mistral", Set.of("mistral.ai", "huggingface.co/mistralai")), Map.entry("sakana", Set.of("sakana.ai")),
            Map.entry("alibaba", Set.of("qwen.ai", "qwenlm.github.io", "huggingface.co/qwen")),
            Map.entry("deepseek", Set.of("deepseek.com", "huggingface.co/deepseek-ai")),
            Map.entry("deepreinforce", Set.of("huggingface.co/deepreinforce-ai")),
            Map.entry("minimax", Set.of("minimax.io", "huggingface.co/minimaxai")),
            Map.entry("moonshotai", Set.of("moonshot.ai", "huggingface.co/moonshotai")),
            Map.entry("zhipuai", Set.of("z.ai", "huggingface.co/zai-org")), Map.entry("xai", Set.of("x.ai")),
            Map.entry("tencent", Set.of("huggingface.co/tencent")), Map.entry("xiaomi", Set.of("huggingface.co/xiaomimimo")),
            Map.entry("nvidia", Set.of("nvidia.com", "huggingface.co/nvidia")), Map.entry("stepfun", Set.of("stepfun.com")));
    /** Upstream's {@code variant} is mostly a reasoning effort, sometimes a harness. */
    private static final Set<String> EFFORTS = Set.of("minimal", "low", "medium", "high", "xhigh", "max");

    private ModelsDevScores() {
    }

    static List<SourceScore> of(LabFile file, String modelId, List<String> problems) {
        List<SourceScore> scores = new ArrayList<>();
        int n = 0;
        for (JsonNode b : file.toml().path("benchmarks")) {
            n++;
            String name = ModelsDevFiles.text(b, "name");
            JsonNode score = b.get("score");
            if (name == null || score == null || !score.isNumber()) {
                problems.add(file.path() + ": benchmark " + n + " has no name or no numeric score");
                continue;
            }
            String version = ModelsDevFiles.text(b, "version");
            if (version != null && !name.endsWith(version)) {
                name = name + " " + version;
            }
            String source = ModelsDevFiles.text(b, "source");
            scores.add(new SourceScore(modelId, id(name), name, score.asDouble(),
                    name.toLowerCase(Locale.ROOT).matches("artificial analysis .*index") ? "index" : "%", null,
                    ModelsDevKeys.date(ModelsDevFiles.text(b, "date")), provenance(file.lab(), source),
                    source != null ? source : ModelsDevFiles.GITHUB + file.path(), null, setting(b), null, null));
        }
        return scores;
    }

    /** "SWE-Bench Pro", "SWE Bench Pro" → {@code swe-bench-pro}; "Humanity’s Last Exam" → {@code humanitys-last-exam}. */
    static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}.]+", "-")
                .replaceAll("^-|-$", "");
    }

    private static String setting(JsonNode b) {
        StringJoiner words = new StringJoiner(", ");
        String variant = ModelsDevFiles.text(b, "variant");
        if (variant != null) {
            words.add(EFFORTS.contains(variant.toLowerCase(Locale.ROOT)) ? "reasoning effort " + variant : "harness " + variant);
        }
        String harness = ModelsDevFiles.text(b, "harness");
        if (harness != null && !harness.equals(variant)) {
            words.add("harness " + harness);
        }
        String dataset = ModelsDevFiles.text(b, "dataset");
        if (dataset != null) {
            words.add("dataset " + dataset);
        }
        return words.length() == 0 ? null : words.toString();
    }

    private static Provenance provenance(String lab, String source) {
        if (source == null) {
            return Provenance.COLLECTED;
        }
        try {
            URI uri = URI.create(source.trim());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
            String org = host.equals("huggingface.co") && path.length() > 1 ? "huggingface.co/" + path.substring(1).split("/")[0] : null;
            for (String site : OWN_SITES.getOrDefault(lab, Set.of())) {
                if (site.equals(org) || !site.contains("/") && (host.equals(site) || host.endsWith("." + site))) {
                    return Provenance.SELF_REPORTED;
                }
            }
        } catch (IllegalArgumentException e) {
            return Provenance.COLLECTED;
        }
        return Provenance.COLLECTED;
    }
}

package org.llmleaderboard.importer.llmstats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.llmleaderboard.importer.llmstats.LlmStatsNames.isSize;
import static org.llmleaderboard.importer.llmstats.LlmStatsNames.labKey;
import static org.llmleaderboard.importer.llmstats.LlmStatsNames.nameKey;
import static org.llmleaderboard.importer.llmstats.LlmStatsNames.slugify;
import static org.llmleaderboard.importer.llmstats.LlmStatsNames.unique;
import static org.llmleaderboard.importer.llmstats.LlmStatsNames.words;

/**
 * Decides, deterministically and without a database, what each llm-stats organization, benchmark and model
 * is in the existing data: the same lab / benchmark / model (MATCH), a new one (CREATE, a model possibly linked
 * to its family) or a case the rules cannot decide (UNDECIDED, not imported until the override file decides).
 * The rules, in order (the first that applies wins):
 * <ul>
 * <li><b>labs</b>: override; an alias kept from an earlier import; a {@link #KNOWN_LAB_ALIASES known lab alias};
 * the same slug; the same {@link LlmStatsNames#labKey normalised name} (case, accents, punctuation and a trailing "AI",
 * "Labs", "Org" or "Inc" ignored: "DeepSeek" = "DeepSeek-AI"); otherwise a new lab.</li>
 * <li><b>benchmarks</b>: override; alias; the same slug; the same normalised name; otherwise a new benchmark.</li>
 * <li><b>models</b> (within the model's lab): override; alias; the same slug or the same {@link LlmStatsNames#nameKey normalised
 * name} ("DeepSeek-V2.5" = "deepseek-v25") — undecided when several models have it, or when several llm-stats
 * models claim the same model; otherwise a new model, linked as a variant to the existing model of the same lab
 * whose name's words are the longest proper prefix of its name's words ("Gemma 3 27B" → "Gemma 3"), when that
 * family name has a version number or the next word is a size ("MedGemma 4B" → "MedGemma"; but "DeepSeek-V3.1" is
 * not a variant of "DeepSeek", nor "Command R+" of "Command-R").</li>
 * </ul>
 */
public final class LlmStatsMatcher {

    /** Known lab aliases: llm-stats organization id → the markdown set's lab slug. */
    public static final Map<String, String> KNOWN_LAB_ALIASES = Map.of(
            "deepseek", "deepseek-ai",
            "meta", "meta-ai",
            "moonshotai", "moonshot-ai",
            "qwen", "alibaba",
            "zai-org", "zai",
            "google", "google-deepmind");

    public enum Action { MATCH, CREATE, UNDECIDED, SKIP }

    /** What exists before the import. {@code fromLlmStats}: the model was created by an earlier llm-stats import. */
    public record ExistingLab(String slug, String name) {
    }

    public record ExistingModel(String slug, String name, String labSlug, boolean fromLlmStats) {
    }

    public record ExistingBenchmark(String slug, String name) {
    }

    public record Known(List<ExistingLab> labs, List<ExistingModel> models, List<ExistingBenchmark> benchmarks,
            Map<String, String> labAliases, Map<String, String> modelAliases, Map<String, String> benchmarkAliases) {
    }

    public record LabDecision(String orgId, String name, Action action, String slug, String rule) {
    }

    public record BenchmarkDecision(String id, String name, Action action, String slug, String rule) {
    }

    /**
     * @param slug       the model's slug (matched or to create); null when undecided or skipped
     * @param familySlug the family of a created variant, or null
     * @param candidates the models an undecided case hesitates between
     */
    public record ModelDecision(String id, String name, Action action, String slug, String familySlug, String rule,
            List<String> candidates) {
    }

    public record Plan(List<LabDecision> labs, List<BenchmarkDecision> benchmarks, List<ModelDecision> models) {

        public Map<String, LabDecision> labsById() {
            Map<String, LabDecision> m = new HashMap<>();
            labs.forEach(l -> m.put(l.orgId(), l));
            return m;
        }

        public Map<String, BenchmarkDecision> benchmarksById() {
            Map<String, BenchmarkDecision> m = new HashMap<>();
            benchmarks.forEach(b -> m.put(b.id(), b));
            return m;
        }

        public long count(Action action) {
            return models.stream().filter(m -> m.action() == action).count();
        }
    }

    private LlmStatsMatcher() {
    }

    /** The model's alias that an import keeps: {@code <organization id>/<model id>}, llm-stats' own path. */
    public static String modelAlias(String orgId, String modelId) {
        return orgId + "/" + modelId;
    }

    public static Plan plan(LlmStats.Contents contents, Known known, LlmStatsOverrides overrides) {
        Set<String> usedLabSlugs = new HashSet<>();
        known.labs().forEach(l -> usedLabSlugs.add(l.slug()));
        Set<String> usedBenchmarkSlugs = new HashSet<>();
        known.benchmarks().forEach(b -> usedBenchmarkSlugs.add(b.slug()));
        Set<String> usedModelSlugs = new HashSet<>();
        known.models().forEach(m -> usedModelSlugs.add(m.slug()));

        // Organizations: those with a file, and those only named by a model.
        Map<String, String> orgNames = new TreeMap<>();
        contents.organizations().forEach(o -> orgNames.put(o.id(), o.name()));
        contents.models().forEach(m -> orgNames.putIfAbsent(m.organizationId(), m.organizationId()));
        List<LabDecision> labs = new ArrayList<>();
        for (Map.Entry<String, String> org : orgNames.entrySet()) {
            labs.add(lab(org.getKey(), org.getValue(), known, overrides, usedLabSlugs));
        }
        Map<String, String> labOf = new HashMap<>();
        labs.forEach(l -> labOf.put(l.orgId(), l.slug()));

        // Ids that are slugs already keep them; the others ("humaneval+") get theirs afterwards, so that they never
        // take the slug of an id that has it ("humaneval-plus").
        List<BenchmarkDecision> benchmarks = new ArrayList<>();
        for (boolean pass : new boolean[] { true, false }) {
            for (LlmStats.Benchmark b : contents.benchmarks()) {
                if (slugify(b.id()).equals(b.id()) == pass) {
                    benchmarks.add(benchmark(b, known, overrides, usedBenchmarkSlugs));
                }
            }
        }
        benchmarks.sort(Comparator.comparing(BenchmarkDecision::id));

        // Models: first what each would match by itself, then the conflicts (two claims on one model).
        List<ModelDecision> first = new ArrayList<>();
        for (LlmStats.Model m : contents.models()) {
            first.add(model(m, labOf.get(m.organizationId()), known, overrides));
        }
        Map<String, List<String>> claims = new HashMap<>();
        for (ModelDecision d : first) {
            if (d.action() == Action.MATCH && !d.rule().startsWith("override")) {
                claims.computeIfAbsent(d.slug(), k -> new ArrayList<>()).add(d.id());
            }
        }
        List<ModelDecision> models = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            ModelDecision d = first.get(i);
            LlmStats.Model m = contents.models().get(i);
            if (d.action() == Action.MATCH && claims.getOrDefault(d.slug(), List.of()).size() > 1 && !d.rule().startsWith("override")
                    && !d.rule().equals("alias")) {
                String self = d.id();
                List<String> rivals = claims.get(d.slug()).stream().filter(x -> !x.equals(self)).sorted().toList();
                d = new ModelDecision(d.id(), d.name(), Action.UNDECIDED, null, null,
                        "several llm-stats models (" + d.id() + ", " + String.join(", ", rivals) + ") have the name of " + d.slug(),
                        List.of(d.slug()));
            }
            if (d.action() == Action.CREATE) {
                String slug = unique(labOf.get(m.organizationId()) + "/" + slugify(m.id()), usedModelSlugs);
                // Model ids are lower-case words, dots and hyphens: no id takes another's slug except by its dots,
                // and a taken slug gets a number (deterministic: models are processed sorted by id).
                d = new ModelDecision(d.id(), d.name(), Action.CREATE, slug, d.familySlug(), d.rule(), d.candidates());
            }
            models.add(d);
        }
        return new Plan(List.copyOf(labs), List.copyOf(benchmarks), List.copyOf(models));
    }

    private static LabDecision lab(String orgId, String name, Known known, LlmStatsOverrides overrides, Set<String> used) {
        Set<String> slugs = new HashSet<>();
        known.labs().forEach(l -> slugs.add(l.slug()));
        String override = overrides.labs().get(orgId);
        if (override != null) {
            if (!slugs.contains(override)) {
                throw new IllegalArgumentException("llm-stats overrides: lab " + orgId + " → unknown lab '" + override + "'");
            }
            return new LabDecision(orgId, name, Action.MATCH, override, "override");
        }
        String alias = known.labAliases().get(orgId);
        if (alias != null) {
            return new LabDecision(orgId, name, Action.MATCH, alias, "alias");
        }
        String knownAlias = KNOWN_LAB_ALIASES.get(orgId);
        if (knownAlias != null && slugs.contains(knownAlias)) {
            return new LabDecision(orgId, name, Action.MATCH, knownAlias, "known lab alias");
        }
        if (slugs.contains(orgId)) {
            return new LabDecision(orgId, name, Action.MATCH, orgId, "same slug");
        }
        List<String> byName = known.labs().stream()
                .filter(l -> labKey(l.name()).equals(labKey(name)) || labKey(l.slug()).equals(labKey(orgId)))
                .map(ExistingLab::slug).sorted().toList();
        if (byName.size() == 1) {
            return new LabDecision(orgId, name, Action.MATCH, byName.get(0), "same normalised name");
        }
        return new LabDecision(orgId, name, Action.CREATE, unique(slugify(orgId), used), "new");
    }

    private static BenchmarkDecision benchmark(LlmStats.Benchmark b, Known known, LlmStatsOverrides overrides, Set<String> used) {
        Set<String> slugs = new HashSet<>();
        known.benchmarks().forEach(x -> slugs.add(x.slug()));
        String override = overrides.benchmarks().get(b.id());
        if (override != null) {
            if (!slugs.contains(override)) {
                throw new IllegalArgumentException("llm-stats overrides: benchmark " + b.id() + " → unknown benchmark '" + override + "'");
            }
            return new BenchmarkDecision(b.id(), b.name(), Action.MATCH, override, "override");
        }
        String alias = known.benchmarkAliases().get(b.id());
        if (alias != null) {
            return new BenchmarkDecision(b.id(), b.name(), Action.MATCH, alias, "alias");
        }
        String slug = slugify(b.id());
        if (slugs.contains(slug)) {
            return new BenchmarkDecision(b.id(), b.name(), Action.MATCH, slug, "same slug");
        }
        List<String> byName = known.benchmarks().stream().filter(x -> nameKey(x.name()).equals(nameKey(b.name())))
                .map(ExistingBenchmark::slug).sorted().toList();
        if (byName.size() == 1) {
            return new BenchmarkDecision(b.id(), b.name(), Action.MATCH, byName.get(0), "same normalised name");
        }
        return new BenchmarkDecision(b.id(), b.name(), Action.CREATE, unique(slug, used), "new");
    }

    /** A snapshot's name with its date, when the name lacks it: "GPT-4o" (gpt-4o-2024-08-06) → "GPT-4o 2024-08-06". */
    static String snapshotName(LlmStats.Model m) {
        java.util.regex.Matcher date = SNAPSHOT_DATE.matcher(m.id());
        if (!date.find() || nameKey(m.name()).contains(date.group(1).replace("-", ""))) {
            return m.name();
        }
        return m.name() + " " + date.group(1);
    }

    private static final java.util.regex.Pattern SNAPSHOT_DATE = java.util.regex.Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8})$");

    private static ModelDecision model(LlmStats.Model m, String labSlug, Known known, LlmStatsOverrides overrides) {
        Set<String> slugs = new HashSet<>();
        known.models().forEach(x -> slugs.add(x.slug()));
        LlmStatsOverrides.Model override = overrides.models().get(m.id());
        String alias = known.modelAliases().get(modelAlias(m.organizationId(), m.id()));
        if (alias != null) {
            // Exact ids first: created or matched by an earlier import, or merged by an editor since (the alias then
            // names the survivor), it is that model again, whatever the override file says.
            return new ModelDecision(m.id(), m.name(), Action.MATCH, alias, null, "alias", List.of());
        }
        if (override != null) {
            String why = "override" + (override.reason() == null || override.reason().isBlank() ? "" : ": " + override.reason());
            if (override.action() == LlmStatsOverrides.Action.VARIANT) {
                // A variant of a model this import may create itself: linked after the merge (service/identity/IdentityResolution).
                return new ModelDecision(m.id(), snapshotName(m), Action.CREATE, null,
                        slugs.contains(override.target()) ? override.target() : null, why + " (variant of " + override.target() + ")",
                        List.of());
            }
            if (override.target() != null && !slugs.contains(override.target())) {
                return new ModelDecision(m.id(), m.name(), Action.UNDECIDED, null, null,
                        "the override names an unknown model '" + override.target() + "'", List.of());
            }
            return switch (override.action()) {
                case MATCH -> new ModelDecision(m.id(), m.name(), Action.MATCH, override.target(), null, why, List.of());
                case FAMILY -> new ModelDecision(m.id(), m.name(), Action.CREATE, null, override.target(), why, List.of());
                case NEW, VARIANT -> new ModelDecision(m.id(), m.name(), Action.CREATE, null, null, why, List.of());
                case SKIP -> new ModelDecision(m.id(), m.name(), Action.SKIP, null, null, why, List.of());
            };
        }
        String ownSlug = labSlug + "/" + slugify(m.id());
        if (known.models().stream().anyMatch(x -> x.fromLlmStats() && x.slug().equals(ownSlug))) {
            return new ModelDecision(m.id(), m.name(), Action.MATCH, ownSlug, null, "same slug", List.of());
        }
        // Name and family rules look at the models llm-stats did not create.
        List<ExistingModel> lab = known.models().stream().filter(x -> x.labSlug().equals(labSlug) && !x.fromLlmStats())
                .sorted(Comparator.comparing(ExistingModel::slug)).toList();
        String key = nameKey(m.name());
        List<String> same = lab.stream().filter(x -> x.slug().equals(ownSlug) || nameKey(x.name()).equals(key))
                .map(ExistingModel::slug).toList();
        if (same.size() == 1) {
            return new ModelDecision(m.id(), m.name(), Action.MATCH, same.get(0), null,
                    same.get(0).equals(ownSlug) ? "same slug" : "same normalised name", List.of());
        }
        if (same.size() > 1) {
            return new ModelDecision(m.id(), m.name(), Action.UNDECIDED, null, null, "several models of " + labSlug + " have this name",
                    same);
        }
        // A variant of a family: the longest proper prefix of its words.
        List<String> words = words(m.name());
        int best = 0;
        List<String> families = new ArrayList<>();
        for (ExistingModel x : lab) {
            List<String> w = words(x.name());
            if (w.size() < words.size() && !w.isEmpty() && words.subList(0, w.size()).equals(w)
                    && (w.stream().anyMatch(word -> word.matches(".*[0-9].*")) || isSize(words.get(w.size())))) {
                if (w.size() > best) {
                    best = w.size();
                    families.clear();
                }
                if (w.size() == best) {
                    families.add(x.slug());
                }
            }
        }
        if (families.size() == 1) {
            return new ModelDecision(m.id(), m.name(), Action.CREATE, null, families.get(0), "variant of " + families.get(0), List.of());
        }
        return new ModelDecision(m.id(), m.name(), Action.CREATE, null, null,
                families.isEmpty() ? "new" : "new (several family candidates: " + String.join(", ", families) + ")", List.of());
    }
}

package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.ScoreSetting;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.repository.ScoredBenchmark;
import org.llmleaderboard.repository.SettingCount;
import org.llmleaderboard.service.DataVersion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmarks, read once per data version and shared by every request: a page needs them for its filters, its
 * columns, the known benchmark slugs of its models and their ranks, and a GraphQL request in several resolvers.
 * Read once per request before, the list with its scored-model counts was most of a REST page's time: 11 ms at 1,000
 * models and 100 ms at 100,000 (JFR), a count over every headline score each time. A write that has committed
 * moves the data version, so the next call reads again. Only read services use it, never inside a write, so an
 * uncommitted benchmark is never shared. Their settings (models per setting) are read on first use.
 */
@ApplicationScoped
public class BenchmarkCatalog {

    /** All benchmarks in a stable order (the seeded ones first), with the number of models scored on each, by slug. */
    public record Benchmarks(List<BenchmarkInfo> all, Map<String, Integer> scoredModels) {

        public Optional<BenchmarkInfo> bySlug(String slug) {
            return all.stream().filter(b -> b.slug().equals(slug)).findFirst();
        }

        public Set<String> slugs() {
            return scoredModels.keySet();
        }

        /** The variants of a family, in this order. */
        public List<BenchmarkInfo> variantsOf(String familySlug) {
            return all.stream().filter(b -> familySlug.equals(b.parent())).toList();
        }
    }

    /**
     * Models per setting, most models first (a stated setting before {@code unspecified} on a tie, then by key):
     * per family (its variants' scores included) and per benchmark, by slug.
     */
    public record Settings(Map<String, List<SettingCount>> byFamily, Map<String, List<SettingCount>> byBenchmark,
            Map<String, Integer> familyModels) {
    }

    private static final Comparator<SettingCount> MOST_MODELS_FIRST = Comparator.comparingInt(SettingCount::models).reversed()
            .thenComparing(c -> c.settingKey().equals(ScoreSetting.UNSPECIFIED_KEY))
            .thenComparing(SettingCount::settingKey);

    private final BenchmarkRepository repository;
    private final ScoreRepository scores;
    private final PerVersion<Benchmarks> benchmarks;
    private final PerVersion<Settings> settings;

    BenchmarkCatalog(BenchmarkRepository repository, ScoreRepository scores, DataVersion version) {
        this.repository = repository;
        this.scores = scores;
        this.benchmarks = new PerVersion<>(version);
        this.settings = new PerVersion<>(version);
    }

    /** Forgets what was read: the next call reads again (tests that count a cold request's statements). */
    public void clear() {
        benchmarks.clear();
        settings.clear();
    }

    public Benchmarks benchmarks() {
        return benchmarks.get(() -> {
            List<ScoredBenchmark> rows = repository.listScored();
            Map<String, Integer> scored = new HashMap<>();
            rows.forEach(r -> scored.put(r.benchmark().slug, r.scoredModels().intValue()));
            return new Benchmarks(rows.stream().map(r -> BenchmarkInfo.from(r.benchmark())).toList(), Map.copyOf(scored));
        });
    }

    public Settings settings() {
        return settings.get(() -> {
            Map<String, List<SettingCount>> byFamily = new HashMap<>();
            Map<String, List<SettingCount>> byBenchmark = new HashMap<>();
            Map<String, Integer> familyModels = new HashMap<>();
            for (SettingCount c : scores.settingCounts()) {
                if (c.settingKey() == null) {
                    familyModels.put(c.slug(), c.models());
                } else {
                    (c.family() ? byFamily : byBenchmark).computeIfAbsent(c.slug(), k -> new ArrayList<>()).add(c);
                }
            }
            byFamily.values().forEach(l -> l.sort(MOST_MODELS_FIRST));
            byBenchmark.values().forEach(l -> l.sort(MOST_MODELS_FIRST));
            return new Settings(byFamily, byBenchmark, familyModels);
        });
    }
}

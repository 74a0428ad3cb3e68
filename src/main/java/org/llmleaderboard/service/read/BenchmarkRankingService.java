package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.domain.ScoreSetting;
import org.llmleaderboard.query.AsOf;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.repository.SettingCount;
import org.llmleaderboard.service.InvalidArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One ranking per benchmark family: a family and its variants rank together, one setting at a time, so that scores
 * measured differently (shots, CoT, pass@k, harness, subset) are never ranked against each other. A family's default
 * setting is the one with the most models; a variant's is the one with the most models among its own scores (else its
 * family's). Reads join the caller's transaction, as {@link LeaderboardService}'s do.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BenchmarkRankingService {

    /** A family with its variants, for the list of benchmarks. */
    public record FamilyGroup(BenchmarkInfo family, List<BenchmarkInfo> variants) {
    }

    private final BenchmarkCatalog catalog;
    private final ScoreRepository scores;

    BenchmarkRankingService(BenchmarkCatalog catalog, ScoreRepository scores) {
        this.catalog = catalog;
        this.scores = scores;
    }

    /** Every family in the catalog's order, each with its variants. */
    public List<FamilyGroup> families() {
        BenchmarkCatalog.Benchmarks all = catalog.benchmarks();
        Map<String, List<BenchmarkInfo>> variants = new java.util.HashMap<>();
        all.all().stream().filter(b -> b.parent() != null)
                .forEach(b -> variants.computeIfAbsent(b.parent(), k -> new ArrayList<>()).add(b));
        return all.all().stream().filter(b -> b.parent() == null)
                .map(b -> new FamilyGroup(b, variants.getOrDefault(b.slug(), List.of()))).toList();
    }

    /** The family a benchmark ranks in: its parent, or itself. */
    public BenchmarkInfo family(BenchmarkInfo b) {
        return b.parent() == null ? b : catalog.benchmarks().bySlug(b.parent()).orElse(b);
    }

    /** A family's variants (none for a variant: families do not nest). */
    public List<BenchmarkInfo> variants(BenchmarkInfo b) {
        return b.parent() == null ? catalog.benchmarks().variantsOf(b.slug()) : List.of();
    }

    /** The comparable settings of the benchmark's family, most models first, its default marked. */
    public List<BenchmarkSetting> settings(BenchmarkInfo b) {
        String chosen = defaultSetting(b);
        return catalog.settings().byFamily().getOrDefault(b.familySlug(), List.of()).stream()
                .map(c -> new BenchmarkSetting(ComparableSetting.ofKey(c.settingKey()), c.models(), c.settingKey().equals(chosen)))
                .toList();
    }

    /** The setting the benchmark's ranking shows when none is asked for. */
    public String defaultSetting(BenchmarkInfo b) {
        BenchmarkCatalog.Settings settings = catalog.settings();
        List<SettingCount> own = b.parent() == null ? List.of() : settings.byBenchmark().getOrDefault(b.slug(), List.of());
        List<SettingCount> counts = own.isEmpty() ? settings.byFamily().getOrDefault(b.familySlug(), List.of()) : own;
        if (!counts.isEmpty()) {
            return counts.get(0).settingKey();
        }
        return b.impliedSetting() != null ? b.impliedSetting().key() : ScoreSetting.UNSPECIFIED_KEY;
    }

    /** Models with a score on the benchmark's family, in any setting (each model once). */
    public int familyModels(BenchmarkInfo b) {
        return catalog.settings().familyModels().getOrDefault(b.familySlug(), 0);
    }

    /** Whether the benchmark's family has scores in this setting. */
    public boolean hasSetting(BenchmarkInfo b, String key) {
        return catalog.settings().byFamily().getOrDefault(b.familySlug(), List.of()).stream().anyMatch(c -> c.settingKey().equals(key));
    }

    /**
     * The rankings of these benchmarks' families, best first, in {@code setting} (a key; null: each benchmark's
     * default), at most {@code first} models each; a setting the family lacks ranks nobody. Two statements for all.
     *
     * @throws InvalidArgumentException when {@code setting} is not a setting key
     */
    public List<List<ScoreEntry>> rankings(List<BenchmarkInfo> benchmarks, String setting, int first) throws InvalidArgumentException {
        return rankings(benchmarks, setting, first, null);
    }

    /** As {@link #rankings(List, String, int)}, over the scores that count as of {@code asOf} (null: all; see {@code AsOf}). */
    public List<List<ScoreEntry>> rankings(List<BenchmarkInfo> benchmarks, String setting, int first, LocalDate asOf)
            throws InvalidArgumentException {
        String tooEarlyOrLate = asOf == null ? null : AsOf.problem(asOf, AsOf.today());
        if (tooEarlyOrLate != null) {
            throw new InvalidArgumentException("asOf", tooEarlyOrLate);
        }
        if (setting != null && ScoreSetting.ofKey(setting).isEmpty()) {
            throw new InvalidArgumentException("setting", "`setting` must be a setting key such as `unspecified`, `0-shot.cot` or "
                    + "`harness-agentless` (see `Benchmark.settings`), was '" + setting + "'.");
        }
        return rankingsIn(benchmarks, setting, first, asOf);
    }

    /** As {@link #rankings}, for a setting already checked (or null). */
    public List<List<ScoreEntry>> rankingsIn(List<BenchmarkInfo> benchmarks, String setting, int first) {
        return rankingsIn(benchmarks, setting, first, null);
    }

    /** As {@link #rankingsIn(List, String, int)}, as of a date (null: today). */
    public List<List<ScoreEntry>> rankingsIn(List<BenchmarkInfo> benchmarks, String setting, int first, LocalDate asOf) {
        List<String> pairs = new ArrayList<>(benchmarks.size());
        for (BenchmarkInfo b : benchmarks) {
            pairs.add(b.familySlug() + "|" + (setting != null ? setting : defaultSetting(b)));
        }
        Set<String> distinct = new LinkedHashSet<>(pairs);
        Map<String, List<Score>> ranked = scores.familyRankings(distinct, first, asOf);
        return pairs.stream().map(p -> ranked.getOrDefault(p, List.of()).stream().map(ScoreEntry::from).toList()).toList();
    }

    /** A benchmark by slug, or none. */
    public Optional<BenchmarkInfo> benchmark(String slug) {
        return catalog.benchmarks().bySlug(slug);
    }
}

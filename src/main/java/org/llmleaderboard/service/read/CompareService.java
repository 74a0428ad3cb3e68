package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.repository.CompareRepository;
import org.llmleaderboard.repository.OwnedScore;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.UnknownModelException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Models side by side, for {@code /compare} and GraphQL's {@code compare}: the models (as the leaderboard reads them)
 * and each benchmark family and comparable setting that at least two of them share, each model's score chosen as
 * {@link BenchmarkRankingService}'s rankings choose it. A constant number of statements for canonical slugs (the
 * models' four, the scores' two); an alias costs a look-up of its own (at most {@value #MAX_MODELS}). Reads join the
 * caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompareService {

    /** Models on one compare page at most: six columns still fit a laptop's width. */
    public static final int MAX_MODELS = org.llmleaderboard.repository.RelationSizes.COMPARE_MODELS;
    /** Fewer is no comparison (the page then asks for another model). */
    public static final int MIN_MODELS = 2;
    /** Shared benchmark rows at most (a cap for the GraphQL cost; the bundled data shares far fewer). */
    public static final int MAX_ROWS = org.llmleaderboard.repository.RelationSizes.COMPARE_ROWS;
    /** A slug or alias longer than this names nothing: refused before any look-up. */
    public static final int MAX_SLUG_LENGTH = 300;

    private final LeaderboardService leaderboard;
    private final BenchmarkCatalog catalog;
    private final CompareRepository scores;

    CompareService(LeaderboardService leaderboard, BenchmarkCatalog catalog, CompareRepository scores) {
        this.leaderboard = leaderboard;
        this.catalog = catalog;
        this.scores = scores;
    }

    /**
     * The comparison of these models (slugs or aliases, in this order; duplicates dropped after resolving aliases): at
     * least one (the page asks for a second), at most {@value #MAX_MODELS}.
     *
     * @throws UnknownModelException    when a name matches no model (the first such)
     * @throws InvalidArgumentException when none or more than {@value #MAX_MODELS} are named, or a name is too long
     */
    public Comparison compare(List<String> requested) throws InvalidArgumentException {
        List<String> names = distinct(requested);
        if (names.isEmpty()) {
            throw new InvalidArgumentException("models", "Name " + MIN_MODELS + " to " + MAX_MODELS
                    + " models to compare, by their slugs, e.g. openai/gpt-4o,anthropic/claude-35-sonnet.");
        }
        if (names.size() > MAX_MODELS) {
            throw new InvalidArgumentException("models", names.size() + " models were named; at most " + MAX_MODELS
                    + " can be compared at once. Remove " + (names.size() - MAX_MODELS) + ".");
        }
        List<ModelSummary> models = resolve(names);
        return new Comparison(models, rows(models));
    }

    private static List<String> distinct(List<String> requested) throws InvalidArgumentException {
        Set<String> names = new LinkedHashSet<>();
        for (String r : requested == null ? List.<String>of() : requested) {
            String name = r == null ? "" : r.strip();
            if (name.length() > MAX_SLUG_LENGTH) {
                throw new InvalidArgumentException("models", "A model's slug is at most " + MAX_SLUG_LENGTH + " characters long.");
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** The models in the order named: slugs in one batch, aliases (rare) one by one, duplicates after resolving dropped. */
    private List<ModelSummary> resolve(List<String> names) throws UnknownModelException {
        List<ModelSummary> found = new ArrayList<>(leaderboard.modelsBySlugs(names));
        List<String> aliased = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (found.get(i) == null) {
                String name = names.get(i);
                String canonical = leaderboard.canonicalModelSlug(name).orElseThrow(() -> new UnknownModelException("models", name));
                aliased.add(canonical);
            }
        }
        if (!aliased.isEmpty()) {
            Map<String, ModelSummary> bySlug = new HashMap<>();
            leaderboard.modelsBySlugs(aliased).forEach(m -> bySlug.put(m.slug(), m));
            int next = 0;
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i) == null) {
                    found.set(i, bySlug.get(aliased.get(next++)));
                }
            }
        }
        Map<String, ModelSummary> unique = new LinkedHashMap<>();
        found.forEach(m -> unique.putIfAbsent(m.slug(), m));
        return List.copyOf(unique.values());
    }

    /** The shared rows: those with scores of at least two models, the most shared first, then in the catalog's order. */
    private List<ComparedBenchmark> rows(List<ModelSummary> models) {
        if (models.size() < MIN_MODELS) {
            return List.of();
        }
        Map<Long, ModelSummary> byId = new HashMap<>();
        models.forEach(m -> byId.put(m.id(), m));
        Map<String, Map<String, ScoreEntry>> byRow = new HashMap<>();
        Map<String, String> settingOf = new HashMap<>();
        for (OwnedScore owned : scores.chosenScores(byId.keySet())) {
            ModelSummary owner = byId.get(owned.ownerId());
            ScoreEntry entry = ownedBy(ScoreEntry.from(owned.score()), owner);
            String row = owned.score().benchmark.familySlug() + "|" + owned.score().settingKey;
            settingOf.put(row, owned.score().settingKey);
            byRow.computeIfAbsent(row, k -> new HashMap<>()).put(owner.slug(), entry);
        }
        BenchmarkCatalog.Benchmarks benchmarks = catalog.benchmarks();
        Map<String, Integer> order = new HashMap<>();
        for (BenchmarkInfo b : benchmarks.all()) {
            order.putIfAbsent(b.slug(), order.size());
        }
        List<ComparedBenchmark> rows = new ArrayList<>();
        byRow.forEach((row, scored) -> {
            BenchmarkInfo family = benchmarks.bySlug(row.substring(0, row.indexOf('|'))).orElse(null);
            if (scored.size() < MIN_MODELS || family == null) {
                return;
            }
            Map<String, ScoreEntry> inOrder = new LinkedHashMap<>();
            models.stream().filter(m -> scored.containsKey(m.slug())).forEach(m -> inOrder.put(m.slug(), scored.get(m.slug())));
            rows.add(new ComparedBenchmark(family, ComparableSetting.ofKey(settingOf.get(row)), List.copyOf(inOrder.values()),
                    java.util.Collections.unmodifiableMap(inOrder)));
        });
        rows.sort(Comparator.comparingInt((ComparedBenchmark r) -> -r.scores().size())
                .thenComparingInt(r -> order.getOrDefault(r.benchmark().slug(), Integer.MAX_VALUE))
                .thenComparing(r -> r.setting().key()));
        return rows.size() > MAX_ROWS ? List.copyOf(rows.subList(0, MAX_ROWS)) : rows;
    }

    /**
     * The score as counting for the compared model: a compared variant's own scores count for the variant itself, not
     * for the model it is a variant of (as {@link ScoreEntry#from} would say).
     */
    private static ScoreEntry ownedBy(ScoreEntry s, ModelSummary owner) {
        if (s.modelSlug().equals(owner.slug())) {
            return s;
        }
        return new ScoreEntry(owner.slug(), s.benchmarkSlug(), s.value(), s.setting(), s.selfReported(), s.sourceUrl(), s.citation(),
                s.date(), s.headline(), s.origin(), s.verified(), s.verificationProvider(), s.verificationHardware(),
                s.verificationDate(), s.verificationNotes(), s.comparableSetting(), s.scale(), null, s.stderr(), s.independent(),
                s.logUrl(), s.edition());
    }
}

package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.repository.MonthRow;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.repository.TrendRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trends page's data: for the main benchmarks every model's best score with its release date (in one comparable
 * setting per family, as the rankings have it), releases per month by open weights, and every dated model's parameter
 * count. A constant number of statements, whatever the number of models. Reads join the caller's
 * transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrendsService {

    /**
     * The benchmarks whose state of the art is charted: widely reported ones with many dated scores in the bundled data,
     * from knowledge (MMLU, MMLU-Pro) to reasoning (GPQA, HLE), coding (SWE-bench Verified) and maths (AIME 2025).
     * Their families are charted; one missing from the data is left out.
     */
    static final List<String> MAIN_BENCHMARKS = List.of("mmlu", "mmlu-pro", "gpqa", "hle", "swe-bench-verified", "aime-2025");
    /** More models than any family's ranking has: the whole ranking, one best score per model. */
    static final int WHOLE_RANKING = 100_000;

    /** A model as a point in time: its release date, a value (a score, or parameters in billions), its weights. */
    public record TrendPoint(String name, String slug, String lab, LocalDate released, double value, Boolean openWeights) {
    }

    /** A benchmark family in one comparable setting, with every dated model's best score in it. */
    public record BenchmarkTrend(BenchmarkInfo benchmark, ComparableSetting setting, List<TrendPoint> points) {
    }

    /** Models released in one month, by weights. */
    public record MonthCount(int year, int month, int open, int closed, int unknown) {
    }

    /** Everything the trends page shows; {@code sized}: every dated model with a parameter count, by date. */
    public record Trends(List<BenchmarkTrend> benchmarks, List<MonthCount> months, List<TrendPoint> sized) {
    }

    private final BenchmarkRankingService rankings;
    private final ScoreRepository scores;
    private final TrendRepository trends;

    TrendsService(BenchmarkRankingService rankings, ScoreRepository scores, TrendRepository trends) {
        this.rankings = rankings;
        this.scores = scores;
        this.trends = trends;
    }

    public Trends trends() {
        return new Trends(benchmarkTrends(), months(), trends.sizedReleases().stream()
                .map(r -> new TrendPoint(r.name(), r.slug(), r.lab(), r.released(), r.parameters(), r.openWeights())).toList());
    }

    /** The main benchmarks' families in their default settings: two statements for all (and the catalog's). */
    List<BenchmarkTrend> benchmarkTrends() {
        Set<BenchmarkInfo> families = new LinkedHashSet<>();
        for (String slug : MAIN_BENCHMARKS) {
            rankings.benchmark(slug).map(rankings::family).ifPresent(families::add);
        }
        Map<BenchmarkInfo, String> pairs = new LinkedHashMap<>();
        families.forEach(b -> pairs.put(b, b.familySlug() + "|" + rankings.defaultSetting(b)));
        Map<String, List<Score>> ranked = scores.familyRankings(pairs.values(), WHOLE_RANKING, null);
        List<BenchmarkTrend> result = new ArrayList<>();
        pairs.forEach((b, pair) -> {
            List<TrendPoint> points = new ArrayList<>();
            for (Score s : ranked.getOrDefault(pair, List.of())) {
                dated(s).ifPresent(points::add);
            }
            if (!points.isEmpty()) {
                result.add(new BenchmarkTrend(b, ComparableSetting.ofKey(pair.substring(pair.indexOf('|') + 1)), points));
            }
        });
        return result;
    }

    /** A score as a point at its model's release date (a variant's own date, else its model's); none without a date. */
    private static Optional<TrendPoint> dated(Score s) {
        LanguageModel row = s.model.variantOf != null ? s.model.variantOf : s.model;
        LocalDate released = s.model.releaseDate != null ? s.model.releaseDate : row.releaseDate;
        if (released == null) {
            return Optional.empty();
        }
        return Optional.of(new TrendPoint(row.name, row.slug, row.lab.name, released, s.scoreValue, row.openWeights));
    }

    /** Every month from the first release to the last, months without releases counted as zero. */
    List<MonthCount> months() {
        Map<Integer, int[]> byMonth = new LinkedHashMap<>();
        for (MonthRow r : trends.monthlyReleases()) {
            int[] counts = byMonth.computeIfAbsent(r.year() * 12 + r.month() - 1, k -> new int[3]);
            counts[r.openWeights() == null ? 2 : r.openWeights() ? 0 : 1] += r.models().intValue();
        }
        List<MonthCount> months = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return months;
        }
        int first = byMonth.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = byMonth.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        for (int m = first; m <= last; m++) {
            int[] c = byMonth.getOrDefault(m, new int[3]);
            months.add(new MonthCount(m / 12, m % 12 + 1, c[0], c[1], c[2]));
        }
        return months;
    }
}

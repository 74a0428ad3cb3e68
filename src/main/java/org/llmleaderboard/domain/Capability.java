package org.llmleaderboard.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The capability score, the leaderboard's default order (docs/ranking.md, the page {@code /about/ranking}): for each
 * benchmark of a named set of current, widely reported benchmarks, a model's percentile rank among the models scored
 * on it (0 the worst, 100 the best, ties sharing their mid-rank); the score is the mean of those percentiles over the
 * benchmarks of the set the model has, and its coverage is how many it has. A mean over one or two benchmarks says
 * little, so models below {@link #MIN_COVERAGE} are marked and sort after every covered model ({@link #sortKey}).
 * Percentile ranks rather than raw values: the set mixes percentages, an index (ECI) and pass rates, and a rank is
 * comparable across them without choosing a scale. Pure: values in, scores out.
 */
public final class Capability {

    /** The benchmark families of the set, by slug: chosen for being current and widely reported in the bundled data. */
    public static final List<String> BENCHMARKS = List.of("gpqa", "mmlu-pro", "hle", "swe-bench-verified", "aime-2025",
            "livebench-average", "epoch-capabilities-index", "aider-polyglot");

    /** Models with fewer of the set's benchmarks than this are marked "low coverage" and sort after the others. */
    public static final int MIN_COVERAGE = 3;

    /** Moves low-coverage models below every covered one in the sort key (scores are 0 to 100). */
    static final double LOW_COVERAGE_OFFSET = 1000;

    private Capability() {
    }

    /** One model's value on one benchmark. */
    public record Value(long model, double value) {
    }

    /** A model's score (0 to 100) and coverage (how many of the set's benchmarks it has). */
    public record Result(double score, int coverage) {

        public boolean lowCoverage() {
            return coverage < MIN_COVERAGE;
        }

        /** The stored sort key: the score, or for low coverage the score pushed below every covered model. */
        public double sortKey() {
            return lowCoverage() ? score - LOW_COVERAGE_OFFSET : score;
        }
    }

    /**
     * Percentile ranks, 0 to 100, of one benchmark's values: the share of the other models a model beats, ties counted
     * half ({@code (worse + (tied - 1) / 2) / (n - 1)}); a benchmark with a single model puts it at 50.
     */
    public static Map<Long, Double> percentiles(Collection<Value> values, boolean higherIsBetter) {
        List<Value> sorted = new ArrayList<>(values);
        Comparator<Value> worstFirst = Comparator.comparingDouble(Value::value);
        sorted.sort(higherIsBetter ? worstFirst : worstFirst.reversed());
        Map<Long, Double> out = new HashMap<>();
        int n = sorted.size();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && sorted.get(j).value() == sorted.get(i).value()) {
                j++;
            }
            // Models i..j-1 tie: i models are worse, j - i tie (each with j - i - 1 others).
            double p = n == 1 ? 50 : 100 * (i + (j - i - 1) / 2.0) / (n - 1);
            for (int k = i; k < j; k++) {
                out.put(sorted.get(k).model(), p);
            }
            i = j;
        }
        return out;
    }

    /** Each model's score: the mean of its percentiles over the benchmarks it has, with their number. */
    public static Map<Long, Result> scores(Collection<Map<Long, Double>> percentilesPerBenchmark) {
        Map<Long, double[]> sums = new HashMap<>();
        for (Map<Long, Double> benchmark : percentilesPerBenchmark) {
            benchmark.forEach((model, p) -> {
                double[] s = sums.computeIfAbsent(model, k -> new double[2]);
                s[0] += p;
                s[1]++;
            });
        }
        Map<Long, Result> out = new HashMap<>();
        sums.forEach((model, s) -> out.put(model, new Result(s[0] / s[1], (int) s[1])));
        return out;
    }
}

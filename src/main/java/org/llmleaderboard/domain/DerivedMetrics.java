package org.llmleaderboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where derived numbers are computed: ALScore, token:param ratio and their bands.
 * Nothing else computes them; the database only keeps the unrounded values as sort keys,
 * written from here.
 *
 * <ul>
 * <li>ALScore = √(parameters × tokens) ÷ 300, both in billions, displayed to one decimal.
 * The band applies to the displayed value, so a page never shows "1.0 Lightweight".</li>
 * <li>Token:param ratio = tokens ÷ parameters, displayed to one decimal; "Compute-optimal"
 * from 20 on (displayed value), "Under-trained" below.</li>
 * </ul>
 * Every value is {@code null} when an input is missing.
 */
public record DerivedMetrics(Double alScore, AlScoreBand alScoreBand, Double tokenParamRatio,
        TrainingCategory trainingCategory) {

    static final double ALSCORE_DIVISOR = 300.0;
    static final double COMPUTE_OPTIMAL_RATIO = 20.0;

    public static DerivedMetrics of(Double parameters, Double trainingTokens) {
        Double alScore = round1(rawAlScore(parameters, trainingTokens));
        Double ratio = round1(rawTokenParamRatio(parameters, trainingTokens));
        return new DerivedMetrics(alScore, band(alScore), ratio, category(ratio));
    }

    /** Unrounded ALScore, the sort key; {@code null} when an input is missing or negative. */
    public static Double rawAlScore(Double parameters, Double trainingTokens) {
        if (parameters == null || trainingTokens == null || parameters < 0 || trainingTokens < 0) {
            return null;
        }
        return Math.sqrt(parameters * trainingTokens) / ALSCORE_DIVISOR;
    }

    /** Unrounded token:param ratio, the sort key; {@code null} without both inputs or with zero parameters. */
    public static Double rawTokenParamRatio(Double parameters, Double trainingTokens) {
        if (parameters == null || trainingTokens == null || parameters <= 0 || trainingTokens < 0) {
            return null;
        }
        return trainingTokens / parameters;
    }

    /** The displayed (one-decimal) value of a raw ALScore or ratio, e.g. of a stored sort key. */
    public static Double displayed(Double raw) {
        return round1(raw);
    }

    static AlScoreBand band(Double displayedAlScore) {
        if (displayedAlScore == null) {
            return null;
        }
        for (AlScoreBand b : AlScoreBand.values()) {
            if (displayedAlScore >= b.from && displayedAlScore < b.to) {
                return b;
            }
        }
        return null;
    }

    static TrainingCategory category(Double displayedRatio) {
        if (displayedRatio == null) {
            return null;
        }
        return displayedRatio >= COMPUTE_OPTIMAL_RATIO ? TrainingCategory.COMPUTE_OPTIMAL : TrainingCategory.UNDER_TRAINED;
    }

    /**
     * The range of unrounded ALScores whose displayed value falls in the band, as
     * {@code [lowerInclusive, upperExclusive)}; used to filter by band on the sort key.
     * A displayed value v covers raw values in [v − 0.05, v + 0.05) (half-up rounding).
     */
    public static double[] rawAlScoreRange(AlScoreBand band) {
        double lower = band.from == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : band.from - 0.05;
        double upper = band.to == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : band.to - 0.05;
        return new double[] { lower, upper };
    }

    /**
     * The smallest unrounded token:param ratio whose displayed value is "Compute-optimal" (19.95 shows as 20.0);
     * used to count models by category on the sort key.
     */
    public static double rawComputeOptimalRatio() {
        return COMPUTE_OPTIMAL_RATIO - 0.05;
    }

    private static Double round1(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}

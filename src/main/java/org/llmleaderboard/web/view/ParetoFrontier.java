package org.llmleaderboard.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The Pareto frontier of points with a cost (price, size: less is better) and a quality (a score): the points that no
 * other point dominates, where one dominates another when it costs no more, scores no worse, and is strictly better in
 * one of the two. Two points with the same cost and score are both on the frontier if either is. Pure; no geometry.
 */
public final class ParetoFrontier {

    private ParetoFrontier() {
    }

    /**
     * The frontier, cheapest first (ties by the order of {@code items}).
     *
     * @param higherIsBetter whether a higher quality is better (scores in %), or a lower one (an error rate)
     */
    public static <T> List<T> of(List<T> items, ToDoubleFunction<T> cost, ToDoubleFunction<T> quality, boolean higherIsBetter) {
        ToDoubleFunction<T> better = higherIsBetter ? quality : t -> -quality.applyAsDouble(t);
        List<T> sorted = new ArrayList<>(items);
        // Cheapest first; at one cost, the best first, so a worse point at the same cost is seen as dominated.
        sorted.sort(Comparator.comparingDouble(cost).thenComparing(Comparator.comparingDouble(better).reversed()));
        List<T> frontier = new ArrayList<>();
        double bestQuality = Double.NEGATIVE_INFINITY;
        double costOfBest = Double.NaN;
        for (T t : sorted) {
            double q = better.applyAsDouble(t);
            double c = cost.applyAsDouble(t);
            if (q > bestQuality || (q == bestQuality && c == costOfBest)) {
                frontier.add(t);
                bestQuality = q;
                costOfBest = c;
            }
        }
        return frontier;
    }
}

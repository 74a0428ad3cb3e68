package org.llmleaderboard.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Records over time and the step line through them: a record is a point better than every earlier one (the state of
 * the art on a benchmark, the largest model so far). Between two records the line stays level — the best known value
 * does not change until a better one appears — then rises (or falls) at once. Pure.
 */
public final class StepLine {

    private StepLine() {
    }

    /**
     * The points that set a record, in time order: each strictly better than all before it. Points of the same time are
     * taken best first, so only the best of them can set the record.
     */
    public static <T> List<T> records(List<T> items, ToDoubleFunction<T> time, ToDoubleFunction<T> value, boolean higherIsBetter) {
        ToDoubleFunction<T> better = higherIsBetter ? value : t -> -value.applyAsDouble(t);
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(time).thenComparing(Comparator.comparingDouble(better).reversed()));
        List<T> records = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (T t : sorted) {
            double v = better.applyAsDouble(t);
            if (v > best) {
                records.add(t);
                best = v;
            }
        }
        return records;
    }

    /**
     * An SVG path through the points (x, y pairs, in order of x) as steps: level to the next point's x, then straight to
     * its y; after the last point level to {@code endX}. Empty for no points.
     */
    public static String path(List<double[]> points, double endX) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            if (i == 0) {
                d.append('M').append(Format.number(p[0], 1)).append(' ').append(Format.number(p[1], 1));
            } else {
                d.append('H').append(Format.number(p[0], 1)).append('V').append(Format.number(p[1], 1));
            }
        }
        if (!points.isEmpty() && endX > points.get(points.size() - 1)[0]) {
            d.append('H').append(Format.number(endX, 1));
        }
        return d.toString();
    }
}

package org.llmleaderboard.web.view;

import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ParameterScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * A value on a log scale (parameters, or price) against a benchmark score, with its geometry worked out (see
 * {@link PlotFrame} for the coordinates): one linked, focusable point per model, coloured and shaped by whether its
 * weights are open, and the Pareto frontier — the models that no other beats on both size (or price) and score.
 *
 * @param xTitle  what the x values are, as the data table's column says it
 * @param lesser  what a better x value is, for the frontier's legend: "smaller", "cheaper"
 * @param ranked  the points best score first, for the data table
 * @param frontierPath the frontier as a step line, in the nested SVG's coordinates; empty for no points
 */
public record ScatterChart(
        String benchmarkSlug,
        String benchmarkName,
        String benchmarkHref,
        String xTitle,
        String lesser,
        PlotFrame frame,
        List<Point> points,
        List<Point> ranked,
        String frontierPath,
        int frontierCount) {

    /** Powers of ten always on the parameters axis: 1 B (10⁰) to 10 T (10⁴). */
    static final int MIN_DECADE = 0;
    static final int MAX_DECADE = 4;
    /** Points right of this share of the width have their label to their left, so it stays on the chart. */
    static final double LABEL_FLIP = 55;

    /**
     * One model: where its point goes (x in percent, y in pixels), what its label, tooltip and table row say, its weights
     * ({@code open}, {@code closed} or {@code unknown}: a CSS class and a shape) and whether it is on the frontier.
     */
    public record Point(String name, String href, String lab, String xText, String score, double value, double x, double y,
            String tooltip, String weights, boolean frontier) {

        /** Labels of points on the right half end at the point. */
        public String anchor() {
            return x > LABEL_FLIP ? "end" : "start";
        }

        /** Closed weights are drawn as squares, the rest as circles: a shape as well as a colour tells them apart. */
        public boolean square() {
            return "closed".equals(weights);
        }
    }

    /**
     * What the x axis shows ({@code data}'s {@code parameters} holds its values): its id, decades, tick labels and value
     * texts; {@code noun} in sentences, {@code title} in the table, {@code axisTitle} under the axis, {@code name} in the
     * chart's title, {@code unitWords} after a value in a tooltip, {@code lesser} for a better x ("smaller", "cheaper").
     */
    private record XAxis(String id, int minDecade, int maxDecade, DoubleFunction<String> tick, DoubleFunction<String> text,
            String noun, String title, String axisTitle, String name, String unitWords, String lesser) {
    }

    public static ScatterChart of(BenchmarkInfo benchmark, List<ParameterScore> data) {
        return build(new XAxis("scatter", MIN_DECADE, MAX_DECADE, LogScale::parameters, Format::billions, "a parameter count",
                "Parameters", "Parameters (billions, log scale)", "Parameters", " parameters", "smaller"), benchmark, data);
    }

    /**
     * Price against a benchmark score: x is the cheapest blended price of the model's offerings (US dollars per million
     * tokens, 3 input : 1 output) on a log scale, at least $0.01 to $100.
     */
    public static ScatterChart ofPrices(BenchmarkInfo benchmark, List<ParameterScore> data) {
        return build(new XAxis("price-chart", -2, 2, LogScale::dollars, Format::price, "a price", "Blended $/M tokens",
                "Blended price, US$ per million tokens (log scale)", "Price", " per million tokens", "cheaper"), benchmark, data);
    }

    private static ScatterChart build(XAxis axis, BenchmarkInfo benchmark, List<ParameterScore> data) {
        boolean percent = "%".equals(benchmark.unit());
        String suffix = percent ? "%" : benchmark.unit().isBlank() ? "" : " " + benchmark.unit();
        double minX = data.stream().mapToDouble(ParameterScore::parameters).min().orElse(1);
        double maxX = data.stream().mapToDouble(ParameterScore::parameters).max().orElse(1);
        LogScale xs = LogScale.around(minX, maxX, axis.minDecade(), axis.maxDecade());
        LinearScale ys = LinearScale.around(data.stream().mapToDouble(ParameterScore::score).min().orElse(0),
                data.stream().mapToDouble(ParameterScore::score).max().orElse(1), percent);

        Set<ParameterScore> onFrontier = new HashSet<>(ParetoFrontier.of(data, ParameterScore::parameters, ParameterScore::score,
                benchmark.higherIsBetter()));
        List<Point> points = new ArrayList<>(data.size());
        List<double[]> frontier = new ArrayList<>();
        for (ParameterScore p : data) {
            String x = axis.text().apply(p.parameters());
            String score = Format.score(p.score());
            Point point = new Point(p.name(), Format.modelHref(p.slug()), p.lab(), x, score, p.score(),
                    PlotFrame.x(xs.fraction(p.parameters())), PlotFrame.y(ys.fraction(ys.clamp(p.score()))),
                    p.name() + " (" + p.lab() + "): " + x + axis.unitWords() + ", " + benchmark.name() + " " + score + suffix + weightsNote(p.openWeights()),
                    p.openWeights() == null ? "unknown" : p.openWeights() ? "open" : "closed", onFrontier.contains(p));
            points.add(point);
            if (point.frontier()) {
                frontier.add(new double[] {point.x(), point.y()});
            }
        }
        frontier.sort(Comparator.comparingDouble(f -> f[0]));
        Comparator<Point> byScore = Comparator.comparingDouble(Point::value);
        List<Point> ranked = points.stream()
                .sorted((benchmark.higherIsBetter() ? byScore.reversed() : byScore).thenComparing(Point::name))
                .toList();

        String title = axis.name() + " vs " + benchmark.name() + " score";
        String description = data.isEmpty()
                ? "No model has both " + axis.noun() + " and a score on " + benchmark.name() + "."
                : data.size() + " models with both " + axis.noun() + " and a score on " + benchmark.name() + "; from "
                        + axis.text().apply(minX) + " to " + axis.text().apply(maxX) + " on a log scale, best score "
                        + ranked.get(0).score() + suffix + " (" + ranked.get(0).name() + "); " + frontier.size()
                        + " on the frontier (no other model both " + axis.lesser() + " and better).";
        List<AxisTick> xTicks = xs.ticks().stream()
                .map(v -> new AxisTick(axis.tick().apply(v), PlotFrame.x(xs.fraction(v)))).toList();
        List<AxisTick> yTicks = ys.ticks().stream()
                .map(v -> new AxisTick(Format.number(v, 2) + (percent ? "%" : ""), PlotFrame.y(ys.fraction(v)))).toList();
        PlotFrame frame = new PlotFrame(axis.id(), title, description, axis.axisTitle(),
                benchmark.name() + (percent ? " score (%)" : suffix.isEmpty() ? " score" : " score (" + benchmark.unit() + ")"),
                xTicks, yTicks);
        return new ScatterChart(benchmark.slug(), benchmark.name(), "/benchmarks/" + Format.segment(benchmark.slug()),
                axis.title(), axis.lesser(), frame, List.copyOf(points), ranked, StepLine.path(frontier, 100), frontier.size());
    }

    private static String weightsNote(Boolean open) {
        return open == null ? "" : open ? ", open weights" : ", closed weights";
    }

    public boolean empty() {
        return points.isEmpty();
    }

    public int count() {
        return points.size();
    }

    /** Kept for the templates and tests that name the chart by its frame. */
    public String title() {
        return frame.title();
    }

    public String description() {
        return frame.description();
    }
}

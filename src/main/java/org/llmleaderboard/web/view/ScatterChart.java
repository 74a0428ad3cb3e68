package org.llmleaderboard.web.view;

import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ParameterScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parameters against a benchmark score, with its SVG geometry worked out: x is the parameter count
 * on a log scale (a tick per power of ten, at least 1 B to 10000 B), y the score (0–100 for
 * percentages, otherwise a rounded range around the data). One dot per model, linking to its page.
 */
public record ScatterChart(
        String id,
        String benchmarkSlug,
        String benchmarkName,
        String benchmarkHref,
        String title,
        String description,
        int width,
        int height,
        double plotLeft,
        double plotRight,
        double plotTop,
        double plotBottom,
        String xLabel,
        double xLabelX,
        double xLabelY,
        String yLabel,
        double yLabelX,
        double yLabelY,
        double xTickLabelY,
        List<AxisTick> xTicks,
        List<AxisTick> yTicks,
        List<Point> points,
        List<Point> ranked) {

    static final int WIDTH = 640;
    static final int HEIGHT = 380;
    static final double LEFT = 64;
    static final double RIGHT = 36;
    static final double TOP = 14;
    static final double BOTTOM = 50;
    static final double RADIUS = 4.5;
    /** Powers of ten always on the x axis: 1 B (10⁰) to 10000 B (10⁴). */
    static final int MIN_DECADE = 0;
    static final int MAX_DECADE = 4;

    /** One model: where its dot goes, and what its tooltip and the data table say; {@code value} is the raw score. */
    public record Point(String name, String href, String lab, String parameters, String score, double value, double cx,
            double cy, String tooltip) {
    }

    public static ScatterChart of(BenchmarkInfo benchmark, List<ParameterScore> data) {
        return build(new XAxis("scatter", MIN_DECADE, MAX_DECADE, Format::billions, "a parameter count", "Parameters",
                "Parameters (billions, log scale)"), benchmark, data);
    }

    /**
     * Price against a benchmark score: x is the cheapest blended price of the model's offerings (US dollars per million
     * tokens, 3 input : 1 output) on a log scale, at least $0.01 to $100; {@code data}'s {@code parameters} holds the price.
     */
    public static ScatterChart ofPrices(BenchmarkInfo benchmark, List<ParameterScore> data) {
        return build(new XAxis("price-chart", -2, 2, Format::price, "a price", "Price",
                "Blended price, US$ per million tokens (log scale)"), benchmark, data);
    }

    /**
     * What the x axis shows: at least the decades {@code minDecade} to {@code maxDecade} (powers of ten), its values
     * formatted by {@code format}, called {@code noun} in sentences, {@code title} in the table and {@code label} on the axis.
     */
    private record XAxis(String id, int minDecade, int maxDecade, java.util.function.Function<Double, String> format, String noun,
            String title, String label) {
    }

    private static ScatterChart build(XAxis x, BenchmarkInfo benchmark, List<ParameterScore> data) {
        String id = x.id();
        int minDecade = x.minDecade();
        int maxDecade = x.maxDecade();
        java.util.function.Function<Double, String> xFormat = x.format();
        String xNoun = x.noun();
        String xTitle = x.title();
        String xAxisLabel = x.label();
        double plotLeft = LEFT;
        double plotRight = WIDTH - RIGHT;
        double plotTop = TOP;
        double plotBottom = HEIGHT - BOTTOM;
        String unit = benchmark.unit();
        boolean percent = "%".equals(unit);

        // x: whole decades around the data, never narrower than 1 B to 10000 B.
        double minParams = data.stream().mapToDouble(ParameterScore::parameters).min().orElse(1);
        double maxParams = data.stream().mapToDouble(ParameterScore::parameters).max().orElse(1);
        int lo = Math.min(minDecade, (int) Math.floor(Math.log10(minParams)));
        int hi = Math.max(maxDecade, (int) Math.ceil(Math.log10(maxParams)));
        List<AxisTick> xTicks = new ArrayList<>();
        for (int d = lo; d <= hi; d++) {
            xTicks.add(new AxisTick(xFormat.apply(Math.pow(10, d)), AxisTick.px(x(Math.pow(10, d), lo, hi, plotLeft, plotRight))));
        }

        // y: 0–100 for percentages; otherwise whole steps around the data.
        double yMin;
        double yMax;
        double yStep;
        if (percent) {
            yMin = 0;
            yMax = 100;
            yStep = 20;
        } else {
            double dataMin = data.stream().mapToDouble(ParameterScore::score).min().orElse(0);
            double dataMax = data.stream().mapToDouble(ParameterScore::score).max().orElse(1);
            yStep = AxisTick.niceStep(Math.max(dataMax - dataMin, 1), 5);
            yMin = Math.floor(dataMin / yStep) * yStep;
            yMax = Math.max(yMin + yStep, Math.ceil(dataMax / yStep) * yStep);
        }
        List<AxisTick> yTicks = new ArrayList<>();
        for (double v = yMin; v <= yMax + yStep / 2; v += yStep) {
            String label = Format.number(v, 2) + (percent ? "%" : "");
            yTicks.add(new AxisTick(label, AxisTick.px(y(v, yMin, yMax, plotTop, plotBottom))));
        }

        String suffix = percent ? "%" : unit.isBlank() ? "" : " " + unit;
        List<Point> points = new ArrayList<>(data.size());
        for (ParameterScore p : data) {
            double clamped = Math.max(yMin, Math.min(yMax, p.score()));
            String params = xFormat.apply(p.parameters());
            String score = Format.score(p.score());
            points.add(new Point(p.name(), Format.modelHref(p.slug()), p.lab(), params, score, p.score(),
                    AxisTick.px(x(p.parameters(), lo, hi, plotLeft, plotRight)),
                    AxisTick.px(y(clamped, yMin, yMax, plotTop, plotBottom)),
                    p.name() + " (" + p.lab() + "): " + params + " " + (xTitle.equals("Parameters") ? "parameters" : "per million tokens") + ", "
                            + benchmark.name() + " " + score + suffix));
        }
        Comparator<Point> byScore = Comparator.comparingDouble(Point::value);
        List<Point> ranked = points.stream()
                .sorted((benchmark.higherIsBetter() ? byScore.reversed() : byScore).thenComparing(Point::name))
                .toList();

        String title = xTitle + " vs " + benchmark.name() + " score";
        String description = data.isEmpty()
                ? "No model has both " + xNoun + " and a score on " + benchmark.name() + "."
                : data.size() + " models with both " + xNoun + " and a score on " + benchmark.name() + "; " + (xTitle.equals("Parameters") ? "parameters" : "prices") + " from "
                        + xFormat.apply(minParams) + " to " + xFormat.apply(maxParams) + " on a log scale"
                        + (ranked.isEmpty() ? "" : ", best score " + ranked.get(0).score() + suffix + " (" + ranked.get(0).name() + ")")
                        + ".";
        return new ScatterChart(id, benchmark.slug(), benchmark.name(), "/benchmarks/" + Format.segment(benchmark.slug()),
                title, description, WIDTH, HEIGHT, plotLeft, plotRight, plotTop, plotBottom,
                xAxisLabel, AxisTick.px((plotLeft + plotRight) / 2), HEIGHT - 10,
                benchmark.name() + (percent ? " score (%)" : suffix.isEmpty() ? " score" : " score (" + unit + ")"),
                -AxisTick.px((plotTop + plotBottom) / 2), 15,
                plotBottom + 17, xTicks, yTicks, List.copyOf(points), ranked);
    }

    /** Where the labels of the vertical axis's ticks end, just left of the axis. */
    public double yTickLabelX() {
        return plotLeft - 6;
    }

    public boolean empty() {
        return points.isEmpty();
    }

    public int count() {
        return points.size();
    }

    public double radius() {
        return RADIUS;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static double x(double parameters, int lo, int hi, double left, double right) {
        return left + (Math.log10(parameters) - lo) / (hi - lo) * (right - left);
    }

    private static double y(double value, double min, double max, double top, double bottom) {
        return bottom - (value - min) / (max - min) * (bottom - top);
    }
}

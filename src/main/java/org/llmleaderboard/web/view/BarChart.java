package org.llmleaderboard.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical bar chart with its SVG geometry worked out: one bar per category (left to right), a
 * count axis from zero with gridlines, and both axes labelled. The template only places elements.
 *
 * @param id          prefix of the ids of the SVG's title and description
 * @param title       what the chart shows, the SVG's accessible name
 * @param description the data in one sentence, the SVG's accessible description
 */
public record BarChart(
        String id,
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
        double categoryLabelY,
        List<Bar> bars,
        List<AxisTick> yTicks) {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final double LEFT = 64;
    static final double RIGHT = 12;
    static final double TOP = 22;
    static final double BOTTOM = 50;
    /** Share of a category's slot taken by its bar. */
    static final double BAR_SHARE = 0.7;
    /** At most this many category labels under the axis; the others are left out (every bar keeps its title). */
    static final int MAX_CATEGORY_LABELS = 14;

    /**
     * One bar: its rectangle, the centre of its column (for the category label and the value above it)
     * and its tooltip.
     */
    public record Bar(String label, int value, double x, double y, double width, double height, double centre,
            double valueY, boolean labelled, String tooltip) {
    }

    /** A category and its count. */
    public record Entry(String label, int value) {
    }

    /**
     * @param unit what is counted, for tooltips and the description: "models" gives "2024: 252 models"
     */
    public static BarChart of(String id, String title, String xLabel, String yLabel, String unit, List<Entry> entries) {
        double plotLeft = LEFT;
        double plotRight = WIDTH - RIGHT;
        double plotTop = TOP;
        double plotBottom = HEIGHT - BOTTOM;
        double plotHeight = plotBottom - plotTop;
        int max = entries.stream().mapToInt(Entry::value).max().orElse(0);
        double step = Math.max(1, AxisTick.niceStep(max, 6));
        double top = Math.max(step, Math.ceil(max / step) * step);

        List<AxisTick> ticks = new ArrayList<>();
        for (double v = 0; v <= top + step / 2; v += step) {
            ticks.add(new AxisTick(Format.number(v, 0), AxisTick.px(plotBottom - v / top * plotHeight)));
        }

        int n = entries.size();
        double slot = n == 0 ? 0 : (plotRight - plotLeft) / n;
        int labelEvery = Math.max(1, (int) Math.ceil(n / (double) MAX_CATEGORY_LABELS));
        List<Bar> bars = new ArrayList<>(n);
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            double h = e.value() / top * plotHeight;
            double x = plotLeft + i * slot + slot * (1 - BAR_SHARE) / 2;
            double centre = plotLeft + (i + 0.5) * slot;
            String tooltip = e.label() + ": " + e.value() + " " + unit;
            bars.add(new Bar(e.label(), e.value(), AxisTick.px(x), AxisTick.px(plotBottom - h), AxisTick.px(slot * BAR_SHARE),
                    AxisTick.px(h), AxisTick.px(centre), AxisTick.px(plotBottom - h - 5), i % labelEvery == 0, tooltip));
            description.append(i == 0 ? "" : ", ").append(e.label()).append(": ").append(e.value());
        }
        return new BarChart(id, title, description.isEmpty() ? "No data." : description + ".", WIDTH, HEIGHT,
                plotLeft, plotRight, plotTop, plotBottom,
                xLabel, AxisTick.px((plotLeft + plotRight) / 2), HEIGHT - 10,
                yLabel, -AxisTick.px((plotTop + plotBottom) / 2), 15,
                plotBottom + 17, bars, ticks);
    }

    /** Where the labels of the vertical axis's ticks end, just left of the axis. */
    public double yTickLabelX() {
        return plotLeft - 6;
    }

    public boolean empty() {
        return bars.isEmpty();
    }

    /** The SVG's {@code viewBox}. */
    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}

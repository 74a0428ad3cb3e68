package org.llmleaderboard.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical bar chart, bars stacked when there are several series (open, closed, unknown weights), with its geometry
 * worked out in {@link PlotFrame}'s coordinates: one bar per category left to right, a count axis from zero with
 * gridlines, both axes titled. The template only places elements.
 *
 * @param series what the stacked parts of a bar are, bottom first; one series draws plain bars
 */
public record BarChart(PlotFrame frame, List<Series> series, List<Bar> bars) {

    /** Share of a category's slot taken by its bar. */
    static final double BAR_SHARE = 0.7;
    /** Counts above the bars only while they fit: one series and at most this many bars. */
    static final int MAX_VALUE_LABELS = 16;

    /** A series: its CSS class (its colour) and its name in the legend. */
    public record Series(String cssClass, String label) {
    }

    /** A part of a bar: its series' class, its top and height in pixels, and its tooltip. */
    public record Segment(String cssClass, double y, double height, String tooltip) {
    }

    /**
     * One bar: its category, total, left edge and width (percent), centre, parts (bottom first), and where its total is
     * written above it when {@code showValue}.
     */
    public record Bar(String label, int value, double x, double width, double centre, List<Segment> segments, double valueY,
            boolean showValue) {
    }

    /**
     * A category: its label, a count per series, and the label of its tick under the axis (null for none, so that long
     * runs of categories such as months are labelled once a year).
     */
    public record Entry(String label, List<Integer> values, String tick) {

        /** A category of a single series, its tick its label. */
        public Entry(String label, int value) {
            this(label, List.of(value), label);
        }

        int total() {
            return values.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** What a chart is: its id (of the SVG's title and description), title, axis titles and what its bars count. */
    public record Labels(String id, String title, String xTitle, String yTitle, String unit) {
    }

    /** A single-series chart: "2024: 252 models". */
    public static BarChart of(String id, String title, String xTitle, String yTitle, String unit, List<Entry> entries) {
        return of(new Labels(id, title, xTitle, yTitle, unit), List.of(new Series("bar", unit)), entries);
    }

    public static BarChart of(Labels labels, List<Series> series, List<Entry> entries) {
        int max = entries.stream().mapToInt(Entry::total).max().orElse(0);
        double step = Math.max(1, AxisTick.niceStep(max, 5));
        double top = Math.max(step, Math.ceil(max / step) * step);
        List<AxisTick> yTicks = new ArrayList<>();
        for (double v = 0; v <= top + step / 2; v += step) {
            yTicks.add(new AxisTick(Format.number(v, 0), PlotFrame.y(v / top)));
        }
        int n = entries.size();
        double slot = n == 0 ? 0 : 100.0 / n;
        boolean values = series.size() == 1 && n <= MAX_VALUE_LABELS;
        List<Bar> bars = new ArrayList<>(n);
        List<AxisTick> xTicks = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            double centre = (i + 0.5) * slot;
            List<Segment> segments = new ArrayList<>();
            int below = 0;
            for (int s = 0; s < series.size(); s++) {
                int v = s < e.values().size() ? e.values().get(s) : 0;
                if (v > 0) {
                    double y0 = PlotFrame.y(below / top);
                    double y1 = PlotFrame.y((below + v) / top);
                    String tooltip = e.label() + ": " + v + " " + (series.size() == 1 ? labels.unit() : series.get(s).label().toLowerCase(java.util.Locale.ROOT));
                    segments.add(new Segment(series.get(s).cssClass(), y1, AxisTick.px(y0 - y1), tooltip));
                }
                below += v;
            }
            bars.add(new Bar(e.label(), e.total(), AxisTick.px(i * slot + slot * (1 - BAR_SHARE) / 2), AxisTick.px(slot * BAR_SHARE),
                    AxisTick.px(centre), segments, PlotFrame.y(e.total() / top) - 5, values && e.total() > 0));
            if (e.tick() != null) {
                xTicks.add(new AxisTick(e.tick(), AxisTick.px(centre)));
            }
            if (e.total() > 0) {
                description.append(description.isEmpty() ? "" : ", ").append(e.label()).append(": ").append(e.total());
            }
        }
        PlotFrame frame = new PlotFrame(labels.id(), labels.title(), description.isEmpty() ? "No data." : description + ".",
                labels.xTitle(), labels.yTitle(), xTicks, yTicks);
        return new BarChart(frame, List.copyOf(series), bars);
    }

    public boolean empty() {
        return bars.isEmpty();
    }

    /** Whether the chart needs a legend: it stacks several series. */
    public boolean stacked() {
        return series.size() > 1;
    }
}

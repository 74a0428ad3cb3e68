package org.llmleaderboard.web.view;

import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.service.read.TrendsService.TrendPoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Records over time as a step line (see {@link StepLine}), with its geometry in {@link PlotFrame}'s coordinates: x is
 * the release date (a tick per year), y a score on a linear axis or a parameter count on a log one. Each record is a
 * linked, focusable point labelled with the model that set it; the latest record's label is always shown.
 *
 * @param considered how many dated models the records were picked from
 */
public record StepChart(PlotFrame frame, List<Point> records, String path, int considered) {

    /** At most about this many year labels: they must fit a phone's width at their CSS size. */
    static final int MAX_YEAR_LABELS = 6;
    static final double LABEL_FLIP = 55;

    /** A record: its model, when and what, where its point goes, and whether its label is always shown. */
    public record Point(String name, String href, String lab, String date, String value, double x, double y, String tooltip,
            boolean latest) {

        public String anchor() {
            return x > LABEL_FLIP ? "end" : "start";
        }
    }

    /** How the values are shown and placed: a scale from the data, a tick label and a value's text. */
    public interface ValueAxis {
        double fraction(double value);

        List<Double> ticks();

        String tick(double value);

        String text(double value);
    }

    /** A score axis: 0–100% for percentages, else around the data. */
    public static ValueAxis scores(List<TrendPoint> points, String unit) {
        boolean percent = "%".equals(unit);
        LinearScale s = LinearScale.around(points.stream().mapToDouble(TrendPoint::value).min().orElse(0),
                points.stream().mapToDouble(TrendPoint::value).max().orElse(1), percent);
        String suffix = percent ? "%" : unit == null || unit.isBlank() ? "" : " " + unit;
        return axis(v -> s.fraction(s.clamp(v)), s.ticks(), v -> Format.number(v, 2) + (percent ? "%" : ""), v -> Format.score(v) + suffix);
    }

    /** A parameter axis on a log scale, at least 1 B to 1 T. */
    public static ValueAxis parameters(List<TrendPoint> points) {
        LogScale s = LogScale.around(points.stream().mapToDouble(TrendPoint::value).min().orElse(1),
                points.stream().mapToDouble(TrendPoint::value).max().orElse(1), 0, 3);
        return axis(s::fraction, s.ticks(), LogScale::parameters, v -> Format.billions(v) + " parameters");
    }

    private static ValueAxis axis(java.util.function.DoubleUnaryOperator fraction, List<Double> ticks, DoubleFunction<String> tick,
            DoubleFunction<String> text) {
        return new ValueAxis() {
            public double fraction(double value) {
                return fraction.applyAsDouble(value);
            }

            public List<Double> ticks() {
                return ticks;
            }

            public String tick(double value) {
                return tick.apply(value);
            }

            public String text(double value) {
                return text.apply(value);
            }
        };
    }

    /**
     * The records among {@code points} (higher is better unless {@code higherIsBetter} is false), drawn from the first
     * January of the first year with a point to the end of the last.
     *
     * @param labels the chart's id and title, and its axis titles (x: release date, y: the values' name and unit)
     */
    public static StepChart of(BarChart.Labels labels, List<TrendPoint> points, ValueAxis values, boolean higherIsBetter) {
        List<TrendPoint> records = StepLine.records(points, p -> p.released().toEpochDay(), TrendPoint::value, higherIsBetter);
        int firstYear = points.stream().map(TrendPoint::released).min(LocalDate::compareTo).map(LocalDate::getYear).orElse(2020);
        int lastYear = points.stream().map(TrendPoint::released).max(LocalDate::compareTo).map(LocalDate::getYear).orElse(firstYear);
        double start = LocalDate.of(firstYear, 1, 1).toEpochDay();
        double end = LocalDate.of(lastYear + 1, 1, 1).toEpochDay();
        List<Point> placed = new ArrayList<>();
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            TrendPoint r = records.get(i);
            double x = PlotFrame.x((r.released().toEpochDay() - start) / (end - start));
            double y = PlotFrame.y(values.fraction(r.value()));
            String date = Format.released(r.released(), DatePrecision.MONTH, null);
            String value = values.text(r.value());
            placed.add(new Point(r.name(), Format.modelHref(r.slug()), r.lab(), date, value, x, y,
                    r.name() + " (" + r.lab() + "), " + date + ": " + value, i == records.size() - 1));
            line.add(new double[] {x, y});
        }
        int every = Math.max(1, (int) Math.ceil((lastYear - firstYear + 1) / (double) MAX_YEAR_LABELS));
        List<AxisTick> xTicks = new ArrayList<>();
        for (int year = firstYear; year <= lastYear + 1; year += every) {
            xTicks.add(new AxisTick(Integer.toString(year), PlotFrame.x((LocalDate.of(year, 1, 1).toEpochDay() - start) / (end - start))));
        }
        List<AxisTick> yTicks = values.ticks().stream().map(v -> new AxisTick(values.tick(v), PlotFrame.y(values.fraction(v)))).toList();
        String description = records.isEmpty() ? "No dated models." : records.size() + " records among " + points.size()
                + " dated models, from " + placed.get(0).name() + " (" + placed.get(0).date() + ", " + placed.get(0).value() + ") to "
                + placed.get(placed.size() - 1).name() + " (" + placed.get(placed.size() - 1).date() + ", "
                + placed.get(placed.size() - 1).value() + ").";
        PlotFrame frame = new PlotFrame(labels.id(), labels.title(), description, labels.xTitle(), labels.yTitle(), xTicks, yTicks);
        return new StepChart(frame, placed, StepLine.path(line, 100), points.size());
    }

    public boolean empty() {
        return records.isEmpty();
    }
}

package org.llmleaderboard.web.view;

import org.llmleaderboard.service.read.TrendsService.BenchmarkTrend;
import org.llmleaderboard.service.read.TrendsService.MonthCount;
import org.llmleaderboard.service.read.TrendsService.Trends;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trends page: the state of the art over time on the main benchmarks (one step chart each, in one comparable
 * setting), releases per month by open and closed weights, and the largest parameter count over time.
 *
 * @param months the months with releases, for the table under the bar chart
 */
public record TrendsView(List<BenchmarkChart> benchmarks, BarChart releases, List<MonthRow> months, StepChart largest) {

    /** A benchmark's chart, with its family's page and the setting its scores were measured in. */
    public record BenchmarkChart(String name, String href, String setting, String unit, StepChart chart) {
    }

    /** A month of the releases table. */
    public record MonthRow(String month, int open, int closed, int unknown, int total) {
    }

    static final List<BarChart.Series> WEIGHTS = List.of(new BarChart.Series("seg-open", "Open weights"),
            new BarChart.Series("seg-closed", "Closed weights"), new BarChart.Series("seg-unknown", "Weights not known"));

    public static TrendsView of(Trends trends) {
        List<BenchmarkChart> benchmarks = new ArrayList<>();
        for (BenchmarkTrend t : trends.benchmarks()) {
            String id = "sota-" + t.benchmark().slug();
            String unit = t.benchmark().unit();
            String yTitle = t.benchmark().name() + ("%".equals(unit) ? " score (%)" : unit.isBlank() ? " score" : " score (" + unit + ")");
            StepChart chart = StepChart.of(new BarChart.Labels(id, "Best " + t.benchmark().name() + " score by release date ("
                    + t.setting().label() + ")", "Release date", yTitle, "models"), t.points(),
                    StepChart.scores(t.points(), unit), t.benchmark().higherIsBetter());
            benchmarks.add(new BenchmarkChart(t.benchmark().name(), "/benchmarks/" + Format.segment(t.benchmark().slug())
                    + "?setting=" + Format.param(t.setting().key()), t.setting().label(), unit, chart));
        }
        StepChart largest = StepChart.of(new BarChart.Labels("largest", "Largest parameter count by release date",
                "Release date", "Parameters (billions, log scale)", "models"), trends.sized(), StepChart.parameters(trends.sized()), true);
        return new TrendsView(benchmarks, releases(trends.months()), monthRows(trends.months()), largest);
    }

    private static BarChart releases(List<MonthCount> months) {
        int years = months.isEmpty() ? 1 : months.get(months.size() - 1).year() - months.get(0).year() + 1;
        int every = Math.max(1, (int) Math.ceil(years / 6.0));
        List<BarChart.Entry> entries = new ArrayList<>(months.size());
        for (MonthCount m : months) {
            boolean tick = m.month() == 1 && (m.year() - months.get(0).year()) % every == 0;
            entries.add(new BarChart.Entry(monthName(m), List.of(m.open(), m.closed(), m.unknown()), tick ? Integer.toString(m.year()) : null));
        }
        return BarChart.of(new BarChart.Labels("releases-monthly", "Models released per month, by weights", "Release month",
                "Models", "models"), WEIGHTS, entries);
    }

    private static List<MonthRow> monthRows(List<MonthCount> months) {
        return months.stream().filter(m -> m.open() + m.closed() + m.unknown() > 0)
                .map(m -> new MonthRow(monthName(m), m.open(), m.closed(), m.unknown(), m.open() + m.closed() + m.unknown())).toList();
    }

    private static String monthName(MonthCount m) {
        return Month.of(m.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.year();
    }
}

package org.llmleaderboard.web.view;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.AccessCounts;
import org.llmleaderboard.service.read.ArchitectureCount;
import org.llmleaderboard.service.read.InsightsService;
import org.llmleaderboard.service.read.InsightsService.ReleaseYears;
import org.llmleaderboard.service.read.InsightsService.Totals;
import org.llmleaderboard.service.read.InsightsService.YearCount;
import org.llmleaderboard.service.read.LabSummary;
import org.llmleaderboard.service.read.ParameterScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The stats page: the parameters-vs-benchmark scatter with its benchmark choice, and for the full
 * page the {@link Overview} (totals, bar lists, releases per year). The htmx fragment only needs the
 * scatter, so {@code overview} is null then.
 *
 * @param htmx whether the answer is the htmx fragment (then the status line is updated out of band)
 */
public record StatsView(ScatterChart scatter, List<BenchmarkOption> benchmarks, Overview overview, boolean htmx) {

    /** An option of the benchmark {@code <select>}. */
    public record BenchmarkOption(String slug, String name, boolean selected) {
    }

    /**
     * A row of a horizontal bar list.
     *
     * @param href  where the label links to; null for no link
     * @param width the bar's length in percent of the longest bar
     * @param note  what follows the count, e.g. "81.2%" or "32 public"
     */
    public record BarRow(String label, String href, int count, String width, String note) {
    }

    /** A card with a title, a horizontal bar list and a footnote (null for none). */
    public record BarCard(String id, String title, List<BarRow> rows, String note) {
    }

    /**
     * Everything on the full page besides the scatter.
     *
     * @param releaseYears every year from the first to the last release, with zero for years without
     * @param tba          models announced without a release date yet
     * @param undated      models without any release date
     */
    public record Overview(Totals totals, AccessCounts access, String publicShare, List<BarCard> cards,
            List<BarRow> labs, BarChart releases, List<YearCount> releaseYears, int tba, int undated) {
    }

    /** The full page. */
    public static StatsView page(InsightsService.Overview insights, BenchmarkInfo benchmark, List<BenchmarkInfo> benchmarks,
            List<ParameterScore> points) {
        Totals totals = insights.totals();
        AccessCounts access = insights.counts().access();
        ReleaseYears years = insights.years();
        int models = totals.models();
        List<BarRow> accessRows = rows(List.of(
                Map.entry(Access.PUBLIC, access.publicModels()),
                Map.entry(Access.PRIVATE, access.privateModels()),
                Map.entry(Access.UNKNOWN, access.unknown())),
                e -> e.getKey().label(), e -> "/?access=" + e.getKey().slug(), Map.Entry::getValue,
                e -> share(e.getValue(), models));
        List<BarRow> architectureRows = rows(insights.counts().architectures(), ArchitectureCount::architecture,
                a -> "/architectures/" + a.slug(), ArchitectureCount::count, a -> share(a.count(), models));
        int unknownRatio = models - totals.computeOptimal() - totals.underTrained();
        List<BarRow> trainingRows = rows(List.of(
                Map.entry("Compute-optimal", totals.computeOptimal()),
                Map.entry("Under-trained", totals.underTrained()),
                Map.entry("Unknown", unknownRatio)),
                Map.Entry::getKey, e -> null, Map.Entry::getValue, e -> share(e.getValue(), models));
        List<BarRow> labRows = rows(insights.labs(), LabSummary::name, l -> Format.labHref(l.slug()), LabSummary::models,
                l -> l.publicModels() + " public");

        List<BarChart.Entry> entries = new ArrayList<>();
        List<YearCount> filled = new ArrayList<>();
        if (!years.years().isEmpty()) {
            Map<Integer, Integer> byYear = new HashMap<>();
            years.years().forEach(y -> byYear.put(y.year(), y.models()));
            int first = years.years().get(0).year();
            int last = years.years().get(years.years().size() - 1).year();
            // At most about eight year labels under the axis: they must fit a phone's width at their CSS size.
            int every = Math.max(1, (int) Math.ceil((last - first + 1) / 8.0));
            for (int y = first; y <= last; y++) {
                int count = byYear.getOrDefault(y, 0);
                String label = Integer.toString(y);
                entries.add(new BarChart.Entry(label, List.of(count), (y - first) % every == 0 ? label : null));
                filled.add(new YearCount(y, count));
            }
        }
        BarChart releases = BarChart.of("releases", "Models released per year", "Release year", "Models", "models", entries);

        List<BarCard> cards = List.of(
                new BarCard("access", "Public vs private", accessRows, "Public means publicly usable, not necessarily open weights."),
                new BarCard("architecture", "By architecture", architectureRows, null),
                new BarCard("training", "Training tokens per parameter", trainingRows,
                        "Compute-optimal: at least 20 training tokens per parameter (Chinchilla scaling). "
                                + "Unknown: tokens or parameters not published."));
        Overview overview = new Overview(totals, access, share(access.publicModels(), models), cards, labRows, releases,
                filled, years.tba(), years.unknown());
        return new StatsView(ScatterChart.of(benchmark, points), options(benchmarks, benchmark), overview, false);
    }

    /** The htmx fragment: the scatter for another benchmark. */
    public static StatsView scatterOnly(BenchmarkInfo benchmark, List<BenchmarkInfo> benchmarks, List<ParameterScore> points) {
        return new StatsView(ScatterChart.of(benchmark, points), options(benchmarks, benchmark), null, true);
    }

    private static List<BenchmarkOption> options(List<BenchmarkInfo> benchmarks, BenchmarkInfo chosen) {
        return benchmarks.stream().map(b -> new BenchmarkOption(b.slug(), b.name(), b.slug().equals(chosen.slug()))).toList();
    }

    private static <T> List<BarRow> rows(List<T> items, Function<T, String> label, Function<T, String> href,
            ToIntFunction<T> count, Function<T, String> note) {
        int max = items.stream().mapToInt(count).max().orElse(0);
        List<BarRow> rows = new ArrayList<>(items.size());
        for (T item : items) {
            int c = count.applyAsInt(item);
            String width = max == 0 ? "0" : Format.number(100.0 * c / max, 1);
            rows.add(new BarRow(label.apply(item), href.apply(item), c, width, note.apply(item)));
        }
        return rows;
    }

    private static String share(int count, int total) {
        return total == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / total);
    }
}

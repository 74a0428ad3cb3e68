package org.llmleaderboard.web.view;

import java.util.List;

/**
 * The compare page: one column per model, the facts that tell them apart marked, the shared benchmarks in rows, and a
 * bar chart of the most shared ones ({@link CompareViews} builds it).
 *
 * @param href           this comparison's canonical address ({@code /compare?models=a,b}), for sharing
 * @param leaderboardHref the leaderboard with these models ticked, to add more
 * @param chartLeftOut   shared benchmarks the chart leaves out (the table has them all)
 */
public record CompareView(List<Column> models, List<FactRow> facts, List<BenchmarkRow> benchmarks, List<ChartGroup> chart,
        String href, String leaderboardHref, int chartLeftOut) {

    /** Whether there is only one model yet: the page asks for another. */
    public boolean needsAnother() {
        return models.size() < 2;
    }

    /** The models' names for a sentence: "A, B and C". */
    public String names() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < models.size(); i++) {
            out.append(i == 0 ? "" : i == models.size() - 1 ? " and " : ", ").append(models.get(i).name());
        }
        return out.toString();
    }

    /** Whether more models may be added. */
    public boolean roomForMore() {
        return models.size() < org.llmleaderboard.service.read.CompareService.MAX_MODELS;
    }

    /** The current models as the value of {@code models=} (slugs, comma-separated), for the form that adds one. */
    public String slugs() {
        return String.join(",", models.stream().map(Column::slug).toList());
    }

    /**
     * A model's column head.
     *
     * @param removeHref this comparison without the model (the leaderboard for the last one)
     */
    public record Column(String slug, String name, String href, String labName, String labHref, String removeHref, int series) {
        /** Whether removing it leaves a comparison to show in place; removing the last model goes back to the leaderboard. */
        public boolean inPlace() {
            return !"/".equals(removeHref);
        }
    }

    /** A fact in every model's column; {@code differs} when the values are not all the same. */
    public record FactRow(String label, List<String> values, boolean differs) {
    }

    /** A benchmark family in one setting; a cell per model (an empty cell where the model has no score in it). */
    public record BenchmarkRow(String name, String href, String setting, String scale, boolean lowerIsBetter, List<Cell> cells) {
    }

    /**
     * A model's score in a row; {@link #NONE} when it has none.
     *
     * @param variant the variant of the model the score was measured on, or null
     * @param best    the best in its row (marked in words, not by colour alone)
     */
    public record Cell(boolean present, String value, String sourceUrl, String source, String date, String provenance, String variant,
            boolean best) {
        static final Cell NONE = new Cell(false, Format.MISSING, null, null, null, null, null, false);
    }

    /** One benchmark of the chart: a bar per model with a score. */
    public record ChartGroup(String name, String note, List<Bar> bars) {
    }

    /**
     * A bar: its length in the SVG's 0–100 units (the score normalised to its scale), its series (the model's column,
     * for its pattern) and its value as text, which is shown next to it.
     */
    public record Bar(String model, String value, String length, int series, boolean best) {
    }
}

package org.llmleaderboard.web.view;

import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ComparedBenchmark;
import org.llmleaderboard.service.read.Comparison;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ScoreEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/** Builds the compare page's view from a {@link Comparison}: pure, no I/O. */
public final class CompareViews {

    /** Benchmarks in the chart at most: the most shared; the table lists them all. */
    public static final int CHART_GROUPS = 12;

    private CompareViews() {
    }

    public static CompareView of(Comparison c) {
        List<ModelSummary> models = c.models();
        List<CompareView.Column> columns = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            ModelSummary m = models.get(i);
            List<String> rest = models.stream().map(ModelSummary::slug).filter(s -> !s.equals(m.slug())).toList();
            columns.add(new CompareView.Column(m.slug(), m.name(), Format.modelHref(m.slug()), m.lab().name(),
                    Format.labHref(m.lab().slug()), rest.isEmpty() ? "/" : href(rest), i));
        }
        List<String> slugs = models.stream().map(ModelSummary::slug).toList();
        List<CompareView.BenchmarkRow> rows = c.benchmarks().stream().map(b -> row(b, slugs)).toList();
        List<CompareView.ChartGroup> chart = c.benchmarks().stream().limit(CHART_GROUPS).map(b -> chart(b, models)).toList();
        return new CompareView(columns, facts(models), rows, chart, href(slugs), "/?compare=" + csv(slugs),
                Math.max(0, c.benchmarks().size() - CHART_GROUPS));
    }

    /** The canonical address of a comparison of these models, in this order: {@code /compare?models=a/b,c/d}. */
    public static String href(List<String> slugs) {
        return "/compare?models=" + csv(slugs);
    }

    /** Slugs as one query value; a slug's slash stays readable (it is allowed in a query). */
    private static String csv(List<String> slugs) {
        return String.join(",", slugs.stream().map(s -> Format.param(s).replace("%2F", "/")).toList());
    }

    private static List<CompareView.FactRow> facts(List<ModelSummary> models) {
        List<CompareView.FactRow> facts = new ArrayList<>();
        fact(facts, "Lab", models, m -> m.lab().name());
        fact(facts, "Released", models, m -> Format.released(m.releaseDate(), m.releasePrecision(), m.released()));
        fact(facts, "Parameters", models, m -> Format.billions(m.parameters()));
        fact(facts, "Active parameters", models, m -> Format.billions(m.activeParameters()));
        fact(facts, "Architecture", models, ModelSummary::architecture);
        fact(facts, "Training tokens", models, m -> Format.tokens(m.trainingTokens()));
        fact(facts, "Context window", models, m -> Format.contextWindow(m.contextWindow()));
        fact(facts, "Max output", models, m -> Format.count(m.maxOutput()));
        fact(facts, "Input price ($/M tokens)", models, m -> Format.price(m.inputPrice()));
        fact(facts, "Output price ($/M tokens)", models, m -> Format.price(m.outputPrice()));
        fact(facts, "Licence", models, m -> m.licence() == null ? Format.MISSING : m.licence());
        fact(facts, "Open weights", models, m -> yesNo(m.openWeights()));
        fact(facts, "Commercial use", models, m -> yesNo(m.licenceCommercial()));
        fact(facts, "Access", models, ModelSummary::access);
        fact(facts, "Reasoning", models, m -> yesNo(m.reasoning()));
        fact(facts, "Multimodal", models, m -> yesNo(m.multimodal()));
        fact(facts, "Knowledge cutoff", models, m -> m.knowledgeCutoff() == null ? Format.MISSING : m.knowledgeCutoff());
        fact(facts, "ALScore", models, m -> Format.decimal(m.alScore()) + (m.alScoreBand() == null ? "" : " (" + m.alScoreBand() + ")"));
        return facts;
    }

    private static void fact(List<CompareView.FactRow> facts, String label, List<ModelSummary> models, Function<ModelSummary, String> value) {
        List<String> values = models.stream().map(value).toList();
        facts.add(new CompareView.FactRow(label, values, models.size() > 1 && new HashSet<>(values).size() > 1));
    }

    private static String yesNo(Boolean b) {
        return b == null ? Format.MISSING : b ? "Yes" : "No";
    }

    private static CompareView.BenchmarkRow row(ComparedBenchmark b, List<String> slugs) {
        BenchmarkInfo info = b.benchmark();
        Double best = best(b);
        List<CompareView.Cell> cells = slugs.stream().map(slug -> {
            ScoreEntry s = b.byModel().get(slug);
            return s == null ? CompareView.Cell.NONE
                    : new CompareView.Cell(true, Format.scoreIn(s.value(), info.unit()) + (s.stderr() == null ? "" : " ± " + Format.score(s.stderr())),
                            s.sourceUrl(), s.citation(), s.date() == null ? null : Format.day(s.date()), Format.provenance(s),
                            s.variant() == null ? null : s.variant().name(), best != null && s.value() == best);
        }).toList();
        return new CompareView.BenchmarkRow(info.name(), "/benchmarks/" + Format.segment(info.slug())
                + "?setting=" + Format.param(b.setting().key()), b.setting().label(), info.scale(), !info.higherIsBetter(), cells);
    }

    /** The best value of a row, by the benchmark's direction; null when all are equal (nobody is best). */
    private static Double best(ComparedBenchmark b) {
        List<Double> values = b.scores().stream().map(ScoreEntry::value).toList();
        double top = b.benchmark().higherIsBetter() ? values.stream().mapToDouble(v -> v).max().orElse(0)
                : values.stream().mapToDouble(v -> v).min().orElse(0);
        return values.stream().allMatch(v -> v == top) ? null : top;
    }

    /**
     * Bars normalised to 0–100: a percentage as it is, a bounded scale by its range, an unbounded one relative to the
     * highest value in the row (said in the note).
     */
    private static CompareView.ChartGroup chart(ComparedBenchmark b, List<ModelSummary> models) {
        BenchmarkInfo info = b.benchmark();
        double highest = b.scores().stream().mapToDouble(s -> Math.abs(s.value())).max().orElse(1);
        boolean bounded = info.maxScore() != null;
        double min = info.minScore() == null ? 0 : info.minScore();
        Double best = best(b);
        List<CompareView.Bar> bars = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            ScoreEntry s = b.byModel().get(models.get(i).slug());
            if (s == null) {
                continue;
            }
            double length = bounded && info.maxScore() > min ? (s.value() - min) / (info.maxScore() - min) * 100
                    : highest == 0 ? 0 : Math.abs(s.value()) / highest * 100;
            bars.add(new CompareView.Bar(models.get(i).name(), Format.scoreIn(s.value(), info.unit()),
                    Format.number(Math.max(0, Math.min(100, length)), 1), i, best != null && s.value() == best));
        }
        String note = b.setting().label() + " · " + (bounded ? info.scale() : "relative to the highest here")
                + (info.higherIsBetter() ? "" : " · lower is better");
        return new CompareView.ChartGroup(info.name(), note, bars);
    }
}

package org.llmleaderboard.service.export;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.service.read.LabInfo;
import org.llmleaderboard.service.read.ModelSummary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the markdown page of a model shows ({@code templates/MarkdownExportService/model.txt}), each value
 * written as the markdown set writes it, so that {@code MarkdownLeaderboardReader} reads the page back: "-"
 * for what is unknown, numbers in billions as plain decimals, ALScore and ratio recomputed, HLE described
 * as what it is.
 *
 * @param model the model, with its lab and headline scores
 */
// The template reads these records and the model's; the build generates its resolvers, registration keeps them in a native image.
@RegisterForReflection(targets = { ModelMarkdownPage.class, ModelMarkdownPage.BenchmarkLine.class, ModelSummary.class,
        LabInfo.class })
public record ModelMarkdownPage(ModelSummary model) {

    /** The four benchmark rows of a page: slug, the set's name, its description (HLE's corrected). */
    private static final List<String[]> BENCHMARKS = List.of(
            new String[] { "mmlu", "MMLU", "General knowledge across 57 subjects" },
            new String[] { "mmlu-pro", "MMLU-Pro", "Advanced MMLU variant" },
            new String[] { "gpqa", "GPQA", "Graduate-level reasoning" },
            new String[] { "hle", "HLE", "Humanity's Last Exam" });

    /** One row of the benchmark table; {@code score} is "-" when the model has none. */
    public record BenchmarkLine(String name, String score, String description) {
    }

    public String headline() {
        return model.headlineTags().isEmpty() ? "Large Language Model" : String.join(", ", model.headlineTags());
    }

    public String released() {
        return orDash(model.released());
    }

    public String accessSymbol() {
        return switch (model.access()) {
            case "Public" -> "🟢";
            case "Private" -> "🔴";
            default -> "❓";
        };
    }

    public String architecture() {
        return orDash(ExportValues.architecture(model));
    }

    public String parameters() {
        return billions(model.parameters());
    }

    public boolean hasActiveParameters() {
        return model.activeParameters() != null;
    }

    public String activeParameters() {
        return billions(model.activeParameters());
    }

    public String trainingTokens() {
        return billions(model.trainingTokens());
    }

    /** {@code 20.0:1 ✅ Compute-optimal}, or "- -" without a ratio. */
    public String ratio() {
        if (model.tokenParamRatio() == null) {
            return "- -";
        }
        return ExportValues.plain(model.tokenParamRatio()) + ":1 "
                + ("Compute-optimal".equals(model.trainingCategory()) ? "✅ " : "⚠️ ") + model.trainingCategory();
    }

    /** {@code 41.6 (Extremely powerful)}, or "-". */
    public String alScore() {
        if (model.alScore() == null) {
            return "-";
        }
        return BigDecimal.valueOf(model.alScore()).setScale(1, RoundingMode.HALF_UP).toPlainString() + " (" + model.alScoreBand() + ")";
    }

    public String datasetType() {
        return orDash(model.datasetType());
    }

    public List<BenchmarkLine> benchmarks() {
        return BENCHMARKS.stream().map(b -> {
            Double score = model.headlineScores().get(b[0]);
            return new BenchmarkLine(b[1], score == null ? "-" : ExportValues.plain(score), b[2]);
        }).toList();
    }

    /** The tags as code spans, or a line that says there are none. */
    public String tags() {
        if (model.tags().isEmpty()) {
            return "_No specific tags_";
        }
        return String.join(", ", model.tags().stream().map(t -> "`" + t + "`").toList());
    }

    public String notes() {
        return model.notes() == null || model.notes().isBlank() ? "_No additional notes available._" : model.notes().strip();
    }

    public boolean hasPlayground() {
        return model.playgroundUrl() != null;
    }

    public boolean hasPaper() {
        return model.paperUrl() != null;
    }

    /** The "similar architecture" link: unknown has a page too. */
    public String similarLabel() {
        return similar().label();
    }

    public String similarSlug() {
        return similar().slug();
    }

    public String lastUpdated() {
        return model.lastUpdated() == null ? "-" : model.lastUpdated().toString();
    }

    private Architecture similar() {
        return Architecture.parse(model.architecture()).orElse(Architecture.UNKNOWN);
    }

    private static String billions(Double value) {
        return value == null ? "-B" : ExportValues.plain(value) + "B";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}

package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.repository.ScoreRow;

import java.time.LocalDate;

/**
 * {@code model} and {@code benchmark} are resolved in batches by the GraphQL API. {@code modelSlug} is the model the
 * score counts for — a leaderboard row — and {@code variant} the variant of it the score was measured on (a dated
 * snapshot, instruct/base …), null for the model's own: loaded with the score, so it costs no statement of its own.
 */
@Type("Score")
@Description("One reported result of a model on a benchmark, with its source")
public record ScoreEntry(
        @Ignore String modelSlug,
        @Ignore String benchmarkSlug,
        @Description("The score, in the benchmark's unit") double value,
        @Description("How it was measured, as the source wrote it, e.g. `5-shot`") String setting,
        @Description("Whether the model's maker reported it; null when the source does not say") Boolean selfReported,
        @Description("Where the number comes from") String sourceUrl,
        @Description("A citation of the source, as the score's source writes it") String citation,
        @Description("When the source reported it") LocalDate date,
        @Description("Whether this is the model's headline score on the benchmark, the one the leaderboard uses") boolean headline,
        @Description("The data set it came from: `aicomputing101`, `llm-stats`, `deepseek-statistics`; null for edits") String origin,
        @Description("Whether a third party re-ran and confirmed it; null when not said") Boolean verified,
        @Description("Who verified it") String verificationProvider,
        @Description("On what hardware it was verified") String verificationHardware,
        @Description("When it was verified") LocalDate verificationDate,
        @Description("Notes of the verification") String verificationNotes,
        @NonNull @Description("The setting as values (shots, CoT, pass@k, harness, subset): what ranks it with other scores") ComparableSetting comparableSetting,
        @NonNull @Description("The scale the value is on, its benchmark's: e.g. `percent (0–100%)`, `points (0–10000)`") String scale,
        @Description("The variant of `model` the score belongs to (a dated snapshot such as `openai/gpt-4o-2024-08-06`, "
                + "instruct/base, a preview); null when it is the model's own score. A variant's score counts for its model: "
                + "`model` is the model, a leaderboard row, and rankings list it once") ModelSummary.ModelRef variant,
        @Description("The standard error, in the score's unit; null when the source gives none (Epoch's runs give one)") Double stderr,
        @Description("Whether the source ran the model itself, independently of its maker (Epoch's runs, LiveBench, aider); "
                + "null when unknown") Boolean independent,
        @Description("The run's logs, where the source publishes them (Epoch's Inspect log viewer)") String logUrl,
        @Description("The source's edition the score belongs to, e.g. LiveBench's release `2026-01-08`; null for most") String edition) {

    public static ScoreEntry from(ScoreRow s) {
        boolean ofVariant = s.variantOfSlug() != null;
        return new ScoreEntry(ofVariant ? s.variantOfSlug() : s.modelSlug(), s.benchmarkSlug(), s.value(), s.setting(), s.selfReported(), s.sourceUrl(),
                s.sourceCitation(), s.date(), s.headline(), s.origin(), s.verified(), s.verificationProvider(), s.verificationHardware(),
                s.verificationDate(), s.verificationNotes(), ComparableSetting.ofKey(s.settingKey()),
                BenchmarkInfo.scaleOf(s.unit(), s.minScore(), s.maxScore()),
                ofVariant ? new ModelSummary.ModelRef(s.modelSlug(), s.modelName()) : null, s.stderr(), s.independent(), s.logUrl(),
                s.edition());
    }

    /** From an entity; a variant's score reads its model ({@code variantOf}: fetch it with the score). */
    public static ScoreEntry from(Score s) {
        LanguageModel of = s.model.variantOf;
        return new ScoreEntry(of != null ? of.slug : s.model.slug, s.benchmark.slug, s.scoreValue, s.setting, s.selfReported, s.sourceUrl,
                s.sourceCitation, s.date, s.headline, s.origin, s.verified, s.verificationProvider, s.verificationHardware,
                s.verificationDate, s.verificationNotes, ComparableSetting.from(s.structuredSetting()),
                BenchmarkInfo.scaleOf(s.benchmark.unit, s.benchmark.minScore, s.benchmark.maxScore),
                of != null ? new ModelSummary.ModelRef(s.model.slug, s.model.name) : null, s.stderr, s.independent, s.logUrl, s.edition);
    }
}

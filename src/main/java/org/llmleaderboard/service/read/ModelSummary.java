package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.domain.DerivedMetrics;
import org.llmleaderboard.repository.ModelRow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model with the relations its page needs already loaded (lab, scores), so that resolving
 * them costs nothing per model. {@code headlineScores} backs {@code score(benchmark:)}. In a page read by
 * {@link LeaderboardService#headlinePage} {@code scores} is empty: only headlines were read.
 */
@Type("LanguageModel")
@Description("A large language model")
public record ModelSummary(
        @Ignore Long id,
        @NonNull @Description("`<lab>/<model>`, e.g. `deepseek-ai/deepseek-r2`") String slug,
        @NonNull String name,
        @NonNull @Description("The lab that makes it") LabInfo lab,
        @NonNull @Description("Headline tags, e.g. `Reasoning`, `SOTA`") List<@NonNull String> headlineTags,
        @Description("Release date as published: `May/2024`, `TBA`") String released,
        @Description("Release date parsed, to `releasePrecision` (the first of the month for `May/2024`)") LocalDate releaseDate,
        @NonNull @Description("How much of the release date is known") DatePrecision releasePrecision,
        @NonNull @Description("Public, Private or Unknown. Public means publicly usable, not open weights") String access,
        @NonNull @Description("Dense, MoE, Hybrid, MatFormer, CoE, Compound or Unknown") String architecture,
        @Description("Parameters, in billions") Double parameters,
        @Description("Parameters active per token, in billions (mixture-of-experts models)") Double activeParameters,
        @Description("Training tokens, in billions") Double trainingTokens,
        @Description("Training tokens per parameter, to one decimal; computed from parameters and tokens") Double tokenParamRatio,
        @Description("`Compute-optimal` (ratio ≥ 20) or `Under-trained`") String trainingCategory,
        @Description("ALScore = √(parameters × tokens) ÷ 300 (billions), to one decimal") Double alScore,
        @Description("Lightweight (< 1), Mid-tier (1–5), Powerful (5–10), Very powerful (10–20), Extremely powerful (≥ 20)") String alScoreBand,
        @Description("Kind of training data, e.g. `web-scale`") String datasetType,
        @NonNull List<@NonNull String> tags,
        String notes,
        @Description("Where to try the model") String playgroundUrl,
        @Description("Paper or technical documentation") String paperUrl,
        @Description("When the source last updated this model") LocalDate lastUpdated,
        @Description("Optimistic-lock version; send it back with updates") int version,
        @NonNull @Description("All scores, headline score first per benchmark") List<@NonNull ScoreEntry> scores,
        @Description("What the model is, as its source describes it") String description,
        @Description("Licence name, e.g. `MIT`, `Proprietary`; null when unknown") String licence,
        @Description("The licence's id in llm-stats, e.g. `apache_2_0`") String licenceId,
        @Description("Whether the licence allows commercial use; null when unknown") Boolean licenceCommercial,
        @Description("Whether the weights are open (downloadable), derived from the licence and the weights link; null when unknown. Not the same as Public access") Boolean openWeights,
        @Description("Where to download the weights") String weightsUrl,
        @Description("Release date to the day, when a source gives it") LocalDate releasedOn,
        @Description("Announcement date to the day, when a source gives it") LocalDate announcedOn,
        @Description("Whether the model takes more than text") Boolean multimodal,
        @Description("Knowledge cutoff as published: `2025-02` or `2024-09-30`") String knowledgeCutoff,
        @Description("The family model of a variant (\"Gemma 3 12B\" → \"Gemma 3\"); null for a family or a standalone model") ModelRef family,
        @Description("The model it was fine-tuned from") ModelRef fineTunedFrom,
        @Description("The data set that created the model (`llm-stats`); null for the markdown set and editors") String origin,
        @Ignore Map<String, Double> headlineScores,
        @Ignore Set<String> knownBenchmarks,
        @Description("The model this one is a variant of (a dated snapshot, instruct/base, a setting); null for a model of its own, a leaderboard row") ModelRef variantOf,
        @Description("How many variants the model has (listed in `variants`)") int variantCount,
        @Description("Context window in tokens, as its maker serves it (else the most common among its offerings); null when unknown") Integer contextWindow,
        @Description("Maximum output tokens; null when unknown") Integer maxOutput,
        @Description("Whether it is a reasoning (\"thinking\") model; null when unknown") Boolean reasoning,
        @Description("The cheapest offering's price, US dollars per million input tokens (cheapest by the 3:1 blend of input and "
                + "output; a free tier only when no offering is paid); null when no offering is priced") Double inputPrice,
        @Description("The same offering's price per million output tokens") Double outputPrice,
        @Description("What the model takes in, as models.dev says: text, image, audio, video, pdf; empty when unknown")
        @NonNull List<@NonNull String> inputModalities,
        @Description("The capability score with its coverage (the leaderboard's default order; see /about/ranking); null when "
                + "the model has none of the set's benchmarks") CapabilityInfo capability) {

    /** Another model, by slug and name. */
    @Type("ModelRef")
    @Description("A link to another model")
    public record ModelRef(@NonNull String slug, @NonNull String name) {
    }

    /** From a projection; derived values from {@link DerivedMetrics}, as for an entity. */
    public static ModelSummary from(ModelRow m, LabInfo lab, List<String> tags, List<ScoreEntry> scores,
            Map<String, Double> headlineScores, Set<String> knownBenchmarks) {
        DerivedMetrics metrics = DerivedMetrics.of(m.parameters(), m.trainingTokens());
        return new ModelSummary(m.id(), m.slug(), m.name(), lab, splitTags(m.headlineTags()), m.released(), m.releaseDate(),
                m.releasePrecision(), m.access().label(),
                (m.architecture() == null ? Architecture.UNKNOWN : m.architecture()).label(),
                m.parameters(), m.activeParameters(), m.trainingTokens(),
                metrics.tokenParamRatio(), metrics.trainingCategory() == null ? null : metrics.trainingCategory().label(),
                metrics.alScore(), metrics.alScoreBand() == null ? null : metrics.alScoreBand().label(),
                m.datasetType(), List.copyOf(tags), m.notes(), m.playgroundUrl(), m.paperUrl(), m.lastUpdated(), m.version(),
                scores, m.description(), m.licenceName(), m.licenceId(), m.licenceCommercial(), m.openWeights(), m.weightsUrl(),
                m.releasedOn(), m.announcedOn(), m.multimodal(), m.knowledgeCutoff(),
                m.familySlug() == null ? null : new ModelRef(m.familySlug(), m.familyName()),
                m.baseSlug() == null ? null : new ModelRef(m.baseSlug(), m.baseName()), m.origin(),
                headlineScores, knownBenchmarks,
                m.variantOfSlug() == null ? null : new ModelRef(m.variantOfSlug(), m.variantOfName()),
                m.variantCount() == null ? 0 : m.variantCount().intValue(), m.contextWindow(), m.maxOutput(), m.reasoning(),
                m.inputPrice(), m.outputPrice(), splitTags(m.inputModalities()),
                CapabilityInfo.of(m.capabilityScore(), m.capabilityCoverage()));
    }

    public static List<String> splitTags(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

package org.llmleaderboard.web.view;

import io.quarkus.qute.RawString;
import org.llmleaderboard.service.read.ModelSummary;

import java.util.List;

/** Everything a model page shows, formatted. */
public record ModelView(
        ModelSummary model,
        String labHref,
        String architectureHref,
        String parameters,
        String activeParameters,
        String tokens,
        String ratio,
        String alScore,
        String bandSlug,
        String formula,
        RawString notes,
        List<BenchmarkScoreRow> benchmarks,
        List<OtherScoreRow> otherScores,
        List<RelatedRow> sameLab,
        List<RelatedRow> sameArchitecture,
        List<ChangeRow> history,
        Identity identity,
        List<FactRow> facts,
        List<OfferingRow> offerings,
        List<String> comparisons,
        String compareWith,
        Variants variants,
        List<Disagreements.Row> disagreements,
        org.llmleaderboard.service.read.EditionHistory liveBench) {

    /**
     * The model's place among its variants: the model it is a variant of (null for a model of its own), and its own
     * variants, each with its headline scores, so that a score always says which variant it belongs to.
     */
    public record Variants(RelatedRow variantOf, List<VariantRow> rows) {
    }

    /** A variant: link, release, and its headline scores ("GPQA 53.6 · MMLU 88.7"). */
    public record VariantRow(String name, String href, String released, String scores, int scoreCount) {
    }

    /**
     * Licence, weights, dates to the day, lineage and other names; null values are shown as unknown.
     *
     * @param openWeights "Open", "Closed" or null (unknown)
     */
    public record Identity(String description, String licence, Boolean licenceCommercial, String openWeights, String weightsUrl,
            String releasedOn, String announcedOn, Boolean multimodal, String knowledgeCutoff, RelatedRow family,
            RelatedRow fineTunedFrom, List<RelatedRow> variants, List<String> aliases, String apiUrl, String repoUrl) {
    }

    /** A sourced fact: "Layers 60", with its source. */
    public record FactRow(String label, String value, String note, String sourceUrl, String source) {
    }

    /** A provider's offering: prices per million tokens, context window, maximum output. */
    public record OfferingRow(String provider, String providerModelId, String input, String output, String context, String maxOutput,
            String sourceUrl, String source, boolean cheapest) {
    }

    /** One change-log entry, newest first. */
    public record ChangeRow(String at, String actor, String what, String oldValue, String newValue, String reason) {
    }

    /** The headline score on one benchmark, with its rank among all models. */
    public record BenchmarkScoreRow(String name, String href, String description, String unit, String score, String setting,
            String sourceUrl, String source, String date, Boolean selfReported, Integer rank, Integer rankedModels, String provenance,
            String logUrl) {
    }

    /** A further (non-headline) score: another setting or source, in the benchmark's unit. */
    public record OtherScoreRow(String benchmark, String score, String setting, String sourceUrl, String source, String date,
            String provenance, String logUrl) {
    }

    public record RelatedRow(String name, String href, String detail) {
    }
}

package org.llmleaderboard.importer.source;

import org.llmleaderboard.domain.DatePrecision;

import java.time.LocalDate;
import java.util.List;

/**
 * One model as a source describes it. Null is "the source does not say"; the merge fills only what a model lacks.
 *
 * @param id               the source's own id, unique within its records ({@code openai/gpt-5.2}); kept as an alias, so a
 *                         later import finds the model again
 * @param name             the display name ({@code GPT-5.2})
 * @param lab              the organisation as the source writes it ({@code OpenAI}, {@code openai}); the merge maps it to a lab
 * @param released         the release (or publication) date; {@code releasePrecision} says how much of it is known
 * @param openWeights      whether the weights are downloadable
 * @param parameters       total parameters, in billions
 * @param activeParameters active parameters of a mixture of experts, in billions
 * @param trainingTokens   training tokens, in billions
 * @param contextWindow    tokens
 * @param maxOutput        tokens
 * @param knowledgeCutoff  {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param reasoning        whether it is a reasoning ("thinking") model
 * @param url              the source's page for the model, or its link
 * @param variantOf        the id (in these records) of the model this one is a setting or snapshot of; null if none
 * @param aliases          other ids the source uses for it (provider ids, Hugging Face ids)
 * @param inputModalities  what it takes in, alphabetical and comma-separated ({@code image,text}); null when not said
 */
public record SourceModel(String id, String name, String lab, LocalDate released, DatePrecision releasePrecision,
        Boolean openWeights, Double parameters, Double activeParameters, Double trainingTokens, Integer contextWindow,
        Integer maxOutput, String knowledgeCutoff, Boolean reasoning, String url, String variantOf, List<String> aliases,
        String inputModalities) {

    /** Without input modalities (only models.dev gives them). */
    public SourceModel(String id, String name, String lab, LocalDate released, DatePrecision releasePrecision,
            Boolean openWeights, Double parameters, Double activeParameters, Double trainingTokens, Integer contextWindow,
            Integer maxOutput, String knowledgeCutoff, Boolean reasoning, String url, String variantOf, List<String> aliases) {
        this(id, name, lab, released, releasePrecision, openWeights, parameters, activeParameters, trainingTokens, contextWindow,
                maxOutput, knowledgeCutoff, reasoning, url, variantOf, aliases, null);
    }

    public SourceModel {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        releasePrecision = released == null ? DatePrecision.UNKNOWN : releasePrecision == null ? DatePrecision.DAY : releasePrecision;
    }

    /** A model with an id, a name and a lab only (a score-only source names no more); the full constructor says the rest. */
    public static SourceModel of(String id, String name, String lab) {
        return new SourceModel(id, name, lab, null, null, null, null, null, null, null, null, null, null, null, null, List.of());
    }
}

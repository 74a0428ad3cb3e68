package org.llmleaderboard.importer.source;

import java.time.LocalDate;

/**
 * A model as one provider serves it: prices in USD per million tokens, limits in tokens.
 *
 * @param modelId         a {@link SourceModel#id()} of the same records
 * @param provider        the provider's id in the source ({@code openrouter}, {@code aws-bedrock})
 * @param providerName    its display name ({@code Amazon Bedrock}); null: the id
 * @param providerModelId the model's id at that provider ({@code anthropic/claude-sonnet-5})
 * @param inputPrice      USD per million input tokens (the base tier); null if not priced
 * @param outputPrice     USD per million output tokens
 * @param cacheReadPrice  USD per million cached input tokens; null if none
 * @param contextWindow   tokens, as this provider serves it
 * @param maxOutput       tokens
 * @param checked         when the source last checked the price; null if not said
 * @param sourceUrl       the source's page or file for it
 */
public record SourceOffering(String modelId, String provider, String providerName, String providerModelId, Double inputPrice,
        Double outputPrice, Double cacheReadPrice, Integer contextWindow, Integer maxOutput, LocalDate checked, String sourceUrl) {
}

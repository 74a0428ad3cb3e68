package org.llmleaderboard.importer.genaiprices;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;

/**
 * One model entry of a provider file, as written.
 *
 * @param provider      the provider's id ({@code aws})
 * @param providerName  its name ({@code AWS Bedrock})
 * @param sourceUrl     the provider's first pricing page, else the file on GitHub
 * @param id            the entry's id at the provider ({@code global.anthropic.claude-sonnet-5-v1:0})
 * @param name          the entry's name, null if none
 * @param contextWindow tokens, null if not said
 * @param checked       {@code prices_checked}
 * @param prices        the {@code prices} node: one price object or a list of constrained ones
 * @param model         the id taken apart ({@link ModelIds})
 */
record Entry(String provider, String providerName, String sourceUrl, String id, String name, Integer contextWindow,
        LocalDate checked, JsonNode prices, ModelIds.Parsed model) {
}

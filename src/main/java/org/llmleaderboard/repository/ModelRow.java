package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DatePrecision;

import java.time.LocalDate;

/**
 * A model and its lab as plain values, for reads that display them: a projection costs a fraction
 * of loading managed entities (no persistence context, snapshots or flush).
 */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record ModelRow(Long id, String slug, String name, String headlineTags, String released, LocalDate releaseDate,
        DatePrecision releasePrecision, Access access, Architecture architecture, Double parameters, Double activeParameters,
        Double trainingTokens, String datasetType, String notes, String playgroundUrl, String paperUrl, LocalDate lastUpdated,
        int version, Long labId, String labSlug, String labName, String labWebsite, String labCountry,
        String description, String licenceName, String licenceId, Boolean licenceCommercial, Boolean openWeights, String weightsUrl,
        LocalDate releasedOn, LocalDate announcedOn, Boolean multimodal, String knowledgeCutoff, String origin,
        String familySlug, String familyName, String baseSlug, String baseName, String variantOfSlug, String variantOfName,
        Long variantCount, Integer contextWindow, Integer maxOutput, Boolean reasoning, Double inputPrice, Double outputPrice,
        String inputModalities, Double capabilityScore, Integer capabilityCoverage) {
}

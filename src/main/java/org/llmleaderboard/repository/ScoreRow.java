package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.LocalDate;

/**
 * A score as plain values, with its model's id and benchmark's slug, its structured setting's key and its benchmark's
 * scale (unit and range), and for a variant's score the model it is a variant of ({@code variantOfSlug}, null for a
 * model's own); see {@link ModelRow}.
 */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record ScoreRow(Long modelId, String modelSlug, String benchmarkSlug, double value, String setting, Boolean selfReported,
        String sourceUrl, String sourceCitation, LocalDate date, boolean headline, String origin, Boolean verified,
        String verificationProvider, String verificationHardware, LocalDate verificationDate, String verificationNotes,
        String settingKey, String unit, Double minScore, Double maxScore, String modelName, String variantOfSlug,
        String variantOfName, Double stderr, Boolean independent, String logUrl, String edition) {
}

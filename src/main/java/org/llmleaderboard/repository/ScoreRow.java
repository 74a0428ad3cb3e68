package org.llmleaderboard.repository;

import java.time.LocalDate;

/** A score as plain values, with its model's id and benchmark's slug; see {@link ModelRow}. */
public record ScoreRow(Long modelId, String modelSlug, String benchmarkSlug, double value, String setting, Boolean selfReported,
        String sourceUrl, String sourceCitation, LocalDate date, boolean headline, String origin, Boolean verified,
        String verificationProvider, String verificationHardware, LocalDate verificationDate, String verificationNotes) {
}

package org.llmleaderboard.importer;

/** A score as a file gives it; {@code date} as written ({@code yyyy-MM-dd}), {@code source} the citation. */
public record ImportedScore(String benchmark, Double value, String setting, Boolean selfReported, String sourceUrl, String source,
        String date, Boolean headline) {
}

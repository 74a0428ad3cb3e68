package org.llmleaderboard.service.read;

/** A lab with its totals, for lab lists and filter options. */
public record LabSummary(String slug, String name, String website, String country, int models, int publicModels,
        int privateModels, Double bestAlScore) {
}

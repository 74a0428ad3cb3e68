package org.llmleaderboard.service.read;

import org.llmleaderboard.domain.DerivedMetrics;
import org.llmleaderboard.repository.LabTotals;

/** A lab with its totals, for lab lists, filter options and the insight pages. */
public record LabSummary(String slug, String name, String website, String country, int models, int publicModels,
        int privateModels, Double bestAlScore) {

    static LabSummary from(LabTotals t) {
        return new LabSummary(t.slug(), t.name(), t.website(), t.country(), t.models().intValue(), intOf(t.publicModels()),
                intOf(t.privateModels()), DerivedMetrics.displayed(t.bestAlScoreKey()));
    }

    private static int intOf(Long value) {
        return value == null ? 0 : value.intValue();
    }
}

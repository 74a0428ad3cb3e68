package org.llmleaderboard.web;

import jakarta.enterprise.context.RequestScoped;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.Facets;
import org.llmleaderboard.service.read.InsightsService;
import org.llmleaderboard.service.read.LabSummary;
import org.llmleaderboard.service.read.LicenceCount;
import org.llmleaderboard.service.read.ModelCounts;

import java.util.List;
import java.util.Map;

/**
 * What a leaderboard page offers to filter and sort by (labs, tags, benchmarks, totals), read in one call once per
 * request: parsing the URL, building the filter menus and the chips all use the same copy.
 */
@RequestScoped
public class FilterOptions {

    private final InsightsService insights;
    private Facets facets;

    FilterOptions(InsightsService insights) {
        this.insights = insights;
    }

    private Facets facets() {
        if (facets == null) {
            facets = insights.facets();
        }
        return facets;
    }

    public List<LabSummary> labs() {
        return facets().labs();
    }

    public Map<String, Long> tags() {
        return facets().tags();
    }

    public List<BenchmarkInfo> benchmarks() {
        return facets().benchmarks().all();
    }

    public List<LicenceCount> licences() {
        return facets().models().licences();
    }

    public Map<String, Integer> weights() {
        return facets().models().weights();
    }

    /** Models with a headline score, per benchmark slug. */
    public Map<String, Integer> scoredCounts() {
        return facets().benchmarks().scoredModels();
    }

    /** Models per access and architecture. */
    public ModelCounts counts() {
        return facets().models();
    }
}

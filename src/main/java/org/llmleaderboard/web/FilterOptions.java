package org.llmleaderboard.web;

import jakarta.enterprise.context.RequestScoped;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ModelStats;
import org.llmleaderboard.service.read.LabSummary;
import org.llmleaderboard.service.read.LeaderboardService;

import java.util.List;
import java.util.Map;

/**
 * What a leaderboard page offers to filter and sort by (labs, tags, benchmarks, totals), read once per
 * request: parsing the URL, building the filter menus and the chips all use the same copy.
 */
@RequestScoped
public class FilterOptions {

    private final LeaderboardService leaderboard;
    private List<LabSummary> labs;
    private Map<String, Long> tags;
    private List<BenchmarkInfo> benchmarks;
    private ModelStats stats;
    private List<LeaderboardService.LicenceCount> licences;
    private Map<String, Integer> weights;
    private Map<String, Integer> scoredCounts;

    FilterOptions(LeaderboardService leaderboard) {
        this.leaderboard = leaderboard;
    }

    public List<LabSummary> labs() {
        if (labs == null) {
            labs = leaderboard.labSummaries();
        }
        return labs;
    }

    public Map<String, Long> tags() {
        if (tags == null) {
            tags = leaderboard.tagCounts();
        }
        return tags;
    }

    public List<BenchmarkInfo> benchmarks() {
        if (benchmarks == null) {
            benchmarks = leaderboard.benchmarks();
        }
        return benchmarks;
    }

    public List<LeaderboardService.LicenceCount> licences() {
        if (licences == null) {
            licences = leaderboard.licenceCounts();
        }
        return licences;
    }

    public Map<String, Integer> weights() {
        if (weights == null) {
            weights = leaderboard.weightCounts();
        }
        return weights;
    }

    /** Models with a headline score, per benchmark slug. */
    public Map<String, Integer> scoredCounts() {
        if (scoredCounts == null) {
            scoredCounts = leaderboard.scoredModelCounts();
        }
        return scoredCounts;
    }

    public ModelStats stats() {
        if (stats == null) {
            stats = leaderboard.stats();
        }
        return stats;
    }
}

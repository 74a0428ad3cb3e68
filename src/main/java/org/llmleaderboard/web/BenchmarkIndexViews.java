package org.llmleaderboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.service.read.BenchmarkIndexService;
import org.llmleaderboard.service.read.BenchmarkIndexService.Index;
import org.llmleaderboard.service.read.BenchmarkIndexService.IndexEntry;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.BenchmarkRankingService;
import org.llmleaderboard.service.read.BenchmarkRankingService.FamilyGroup;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.web.BenchmarkResource.BenchmarkRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the benchmarks index's view: the families the parameters select, each with its leader (the leaders of all
 * of them in two statements, their models in one more), the category options, and the sort headers' links.
 */
@ApplicationScoped
public class BenchmarkIndexViews {

    /** Makes a family's row (the resource's, shared with a family's page). */
    interface RowMaker {
        BenchmarkRow row(FamilyGroup group, List<ScoreEntry> leader, ModelSummary leaderModel, LocalDate newest);
    }

    /** A sortable column header: its link, and its {@code aria-sort}. */
    public record SortHeader(String href, String ariaSort) {
    }

    /** One option of the category filter. */
    public record CategoryOption(String value, String label, boolean selected) {
    }

    /**
     * The index: the search and category as asked, the options, the rows shown of {@code families} in all, the headers,
     * and {@code clearHref} (every family) when something is filtered.
     */
    public record BenchmarkIndexView(String q, List<CategoryOption> categories, List<BenchmarkRow> rows, int families,
            SortHeader name, SortHeader models, SortHeader newest, String clearHref, String sort, String dir) {
    }

    private final BenchmarkIndexService index;
    private final BenchmarkRankingService rankings;
    private final LeaderboardService leaderboard;

    BenchmarkIndexViews(BenchmarkIndexService index, BenchmarkRankingService rankings, LeaderboardService leaderboard) {
        this.index = index;
        this.rankings = rankings;
        this.leaderboard = leaderboard;
    }

    BenchmarkIndexView view(BenchmarkIndexParams params, RowMaker rows) {
        BenchmarkIndexService.IndexQuery query = params.toQuery();
        Index shown = index.index(query);
        params.requireKnownCategory(shown.categories());
        List<BenchmarkInfo> families = shown.entries().stream().map(e -> e.group().family()).toList();
        List<List<ScoreEntry>> leaders = rankings.rankingsIn(families, null, 1);
        List<ModelSummary> leaderModels = leaderboard.modelsBySlugs(
                leaders.stream().map(l -> l.isEmpty() ? "" : l.get(0).modelSlug()).toList());
        List<BenchmarkRow> out = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            IndexEntry e = shown.entries().get(i);
            out.add(rows.row(e.group(), leaders.get(i), leaderModels.get(i), e.newest()));
        }
        List<CategoryOption> options = shown.categories().stream()
                .map(c -> new CategoryOption(c, Character.toUpperCase(c.charAt(0)) + c.substring(1), c.equals(params.category())))
                .toList();
        boolean filtered = params.q() != null || params.category() != null;
        return new BenchmarkIndexView(params.q() == null ? "" : params.q(), options, out, shown.families(),
                new SortHeader(params.sortHref("name"), params.ariaSort("name")),
                new SortHeader(params.sortHref("models"), params.ariaSort("models")),
                new SortHeader(params.sortHref("newest"), params.ariaSort("newest")),
                filtered ? BenchmarkIndexParams.BASE : null, params.sort() == null ? "" : params.sort(),
                params.dir() == null ? "" : params.dir());
    }
}

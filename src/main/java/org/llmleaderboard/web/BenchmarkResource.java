package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.web.view.Format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Benchmarks: what each measures, and its ranking. */
@Path("/benchmarks")
public class BenchmarkResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance benchmarks(List<BenchmarkRow> benchmarks);

        static native TemplateInstance benchmark(BenchmarkRow benchmark, List<RankingLine> ranking);
    }

    public record BenchmarkRow(String slug, String name, String href, String description, String unit, boolean higherIsBetter,
            int models, String leader, String leaderHref, String leaderScore, String scale, List<String> categories, String modality,
            String paperUrl, String implementationUrl, String parentHref, String parent) {
    }

    public record RankingLine(int rank, String model, String href, String lab, String labHref, String score, String setting,
            String sourceUrl, String source, String date, String provenance) {
    }

    private final LeaderboardService leaderboard;
    private final ReadTransaction reads;
    private final PageCache pages;

    BenchmarkResource(LeaderboardService leaderboard, ReadTransaction reads, PageCache pages) {
        this.pages = pages;
        this.leaderboard = leaderboard;
        this.reads = reads;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response benchmarks() {
        return reads.call(() -> pages.respond(MediaType.TEXT_HTML, () -> benchmarksPage().render()));
    }

    private TemplateInstance benchmarksPage() {
        List<BenchmarkInfo> all = leaderboard.benchmarks();
        Map<String, Integer> counts = leaderboard.scoredModelCounts();
        List<List<ScoreEntry>> leaders = leaderboard.rankings(all, 1);
        List<ModelSummary> leaderModels = leaderboard.modelsBySlugs(
                leaders.stream().map(l -> l.isEmpty() ? "" : l.get(0).modelSlug()).toList());
        List<BenchmarkRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(row(all.get(i), counts.getOrDefault(all.get(i).slug(), 0), leaders.get(i), leaderModels.get(i)));
        }
        return Templates.benchmarks(rows);
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response benchmark(@PathParam("slug") String slug) {
        return reads.call(() -> {
            if (leaderboard.benchmark(slug).isEmpty()) {
                // An llm-stats id (humanity's-last-exam) or another alias: to the canonical page.
                String canonical = leaderboard.canonicalBenchmarkSlug(slug)
                        .orElseThrow(() -> new NoSuchPageException("No benchmark " + slug));
                return Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(java.net.URI.create("/benchmarks/" + Format.segment(canonical))).build();
            }
            return pages.respond(MediaType.TEXT_HTML, () -> benchmarkPage(slug).render());
        });
    }

    private TemplateInstance benchmarkPage(String slug) {
        BenchmarkInfo b = leaderboard.benchmark(slug).orElseThrow(() -> new NoSuchPageException("No benchmark " + slug));
        List<ScoreEntry> ranking = leaderboard.rankings(List.of(b), LeaderboardQuery.MAX_PAGE_SIZE).get(0);
        List<ModelSummary> models = leaderboard.modelsBySlugs(ranking.stream().map(ScoreEntry::modelSlug).toList());
        List<RankingLine> rows = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        for (int i = 0; i < ranking.size(); i++) {
            ScoreEntry s = ranking.get(i);
            ModelSummary m = models.get(i);
            // Equal scores share a rank ("competition ranking": 1, 2, 2, 4).
            if (previous == null || s.value() != previous) {
                rank = i + 1;
            }
            previous = s.value();
            rows.add(new RankingLine(rank, m.name(), Format.modelHref(m.slug()), m.lab().name(), Format.labHref(m.lab().slug()),
                    Format.scoreIn(s.value(), b.unit()), s.setting(), s.sourceUrl(), s.source(), s.date() == null ? null : s.date().toString(),
                    Format.provenance(s.selfReported(), s.verified(), s.verificationProvider())));
        }
        int count = leaderboard.scoredModelCounts().getOrDefault(b.slug(), 0);
        BenchmarkRow row = row(b, count, ranking.isEmpty() ? List.of() : ranking.subList(0, 1), models.isEmpty() ? null : models.get(0));
        return Templates.benchmark(row, rows);
    }

    private static BenchmarkRow row(BenchmarkInfo b, int count, List<ScoreEntry> leader, ModelSummary leaderModel) {
        boolean has = !leader.isEmpty() && leaderModel != null;
        String scale = b.percent() ? "percent (0–100%)"
                : b.unit() + (b.maxScore() == null ? "" : " (" + Format.number(b.minScore() == null ? 0 : b.minScore(), 2) + "–" + Format.number(b.maxScore(), 2) + ")");
        return new BenchmarkRow(b.slug(), b.name(), "/benchmarks/" + Format.segment(b.slug()), b.description(), b.unit(),
                b.higherIsBetter(), count, has ? leaderModel.name() : null, has ? Format.modelHref(leaderModel.slug()) : null,
                has ? Format.scoreIn(leader.get(0).value(), b.unit()) : null, scale, b.categories(), b.modality(), b.paperUrl(),
                b.implementationUrl(), b.parent() == null ? null : "/benchmarks/" + Format.segment(b.parent()), b.parent());
    }
}

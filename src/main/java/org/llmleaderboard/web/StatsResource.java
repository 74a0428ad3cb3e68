package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.InsightsService;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.read.ParameterScore;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.web.view.StatsView;

import java.util.List;
import java.util.Locale;

/**
 * The insight pages of the markdown set, live. One URL: the full page, or for htmx the
 * parameters-vs-benchmark scatter only, so the benchmark choice swaps the chart in place.
 */
@Path("/stats")
public class StatsResource {

    /** The benchmark of the scatter when none, or an unknown one, is asked for. */
    static final String DEFAULT_BENCHMARK = "gpqa";
    static final int TOP_LABS = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stats(StatsView view);

        /** The scatter chart with its data table, for another benchmark. */
        static native TemplateInstance stats$scatter(StatsView view);
    }

    private final InsightsService insights;
    private final LeaderboardService leaderboard;
    private final ReadTransaction reads;
    private final PageCache pages;

    StatsResource(InsightsService insights, LeaderboardService leaderboard, ReadTransaction reads, PageCache pages) {
        this.pages = pages;
        this.reads = reads;
        this.insights = insights;
        this.leaderboard = leaderboard;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response stats(@QueryParam("benchmark") String benchmark,
            @HeaderParam(Htmx.REQUEST) String htmx,
            @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore) {
        boolean fragment = Htmx.wantsFragment(htmx, restore);
        StatsView view = reads.call(() -> {
            List<BenchmarkInfo> benchmarks = leaderboard.benchmarks();
            BenchmarkInfo chosen = choose(benchmarks, benchmark);
            List<ParameterScore> points = insights.parametersVersusScore(chosen.slug());
            return fragment ? StatsView.scatterOnly(chosen, benchmarks, points)
                    : StatsView.page(insights.overview(TOP_LABS), chosen, benchmarks, points);
        });
        TemplateInstance body = fragment ? Templates.stats$scatter(view) : Templates.stats(view);
        return pages.respond(MediaType.TEXT_HTML, body::render);
    }

    /** The allow-list: a known slug (any case), else the default, else the first benchmark. */
    static BenchmarkInfo choose(List<BenchmarkInfo> benchmarks, String asked) {
        String slug = asked == null ? DEFAULT_BENCHMARK : asked.trim().toLowerCase(Locale.ROOT);
        return benchmarks.stream().filter(b -> b.slug().equals(slug)).findFirst()
                .or(() -> benchmarks.stream().filter(b -> b.slug().equals(DEFAULT_BENCHMARK)).findFirst())
                .or(() -> benchmarks.stream().findFirst())
                .orElseGet(() -> new BenchmarkInfo(null, DEFAULT_BENCHMARK, "GPQA", "", "%", true, 0.0, 100.0, java.util.List.of(), null, null, null, null, null));
    }
}

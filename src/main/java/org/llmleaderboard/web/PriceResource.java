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
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.web.view.Format;
import org.llmleaderboard.web.view.ScatterChart;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Price next to quality: every provider's offering (llm-stats) and a server-side SVG chart of the cheapest blended
 * price (3 input : 1 output tokens) against a benchmark's headline score. {@code ?benchmark=} is allow-listed
 * (benchmarks that have priced models); unknown values fall back to GPQA. One URL: the page, or for htmx the chart.
 */
@Path("/prices")
public class PriceResource {

    static final String DEFAULT_BENCHMARK = "gpqa";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance prices(PricesView view);

        static native TemplateInstance prices$chart(PricesView view);
    }

    /** A benchmark to choose, with how many priced models it has. */
    public record Choice(String slug, String name, int models, boolean selected) {
    }

    public record Row(String model, String href, String lab, String provider, String input, String output, String context,
            String maxOutput) {
    }

    public record PricesView(ScatterChart chart, List<Choice> choices, List<Row> rows, boolean htmx) {
    }

    private final LeaderboardService leaderboard;
    private final InsightsService insights;
    private final ReadTransaction reads;
    private final PageCache pages;

    PriceResource(LeaderboardService leaderboard, InsightsService insights, ReadTransaction reads, PageCache pages) {
        this.pages = pages;
        this.leaderboard = leaderboard;
        this.insights = insights;
        this.reads = reads;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response prices(@QueryParam("benchmark") String benchmark, @HeaderParam(Htmx.REQUEST) String htmx,
            @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore) {
        boolean fragment = Htmx.wantsFragment(htmx, restore);
        // The reads are part of the render: every offering is read (thousands), once per data version and URL.
        return pages.respond(MediaType.TEXT_HTML, () -> {
            PricesView view = reads.call(() -> view(benchmark, fragment));
            return (fragment ? Templates.prices$chart(view) : Templates.prices(view)).render();
        });
    }

    private PricesView view(String benchmark, boolean fragment) {
        List<BenchmarkInfo> all = leaderboard.benchmarks();
        Map<String, Integer> scored = leaderboard.scoredModelCounts();
        String wanted = benchmark == null ? DEFAULT_BENCHMARK : benchmark.trim().toLowerCase(Locale.ROOT);
        BenchmarkInfo chosen = all.stream().filter(b -> b.slug().equals(wanted)).findFirst()
                .orElseGet(() -> all.stream().filter(b -> b.slug().equals(DEFAULT_BENCHMARK)).findFirst().orElse(all.get(0)));
        ScatterChart chart = ScatterChart.ofPrices(chosen, insights.pricesAndScores(chosen));
        List<Choice> choices = all.stream().filter(b -> scored.getOrDefault(b.slug(), 0) >= 10)
                .map(b -> new Choice(b.slug(), b.name(), scored.getOrDefault(b.slug(), 0), b.slug().equals(chosen.slug()))).toList();
        List<Row> rows = fragment ? List.of() : insights.offeringRows().stream()
                .map(r -> new Row(r.model(), Format.modelHref(r.modelSlug()), r.lab(), r.provider(), Format.price(r.inputPrice()),
                        Format.price(r.outputPrice()), Format.count(r.contextWindow()), Format.count(r.maxOutput())))
                .toList();
        return new PricesView(chart, choices, rows, fragment);
    }
}

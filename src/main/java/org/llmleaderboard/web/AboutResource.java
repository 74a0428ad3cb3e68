package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.domain.Capability;
import org.llmleaderboard.domain.CommercialLicences;
import org.llmleaderboard.service.read.BenchmarkCatalog;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.web.view.Format;
import org.llmleaderboard.web.view.LeaderboardRow;

import java.util.List;

/** Pages that explain the leaderboard: {@code /about/ranking}, the capability score's formula, set and threshold. */
@Path("/about")
public class AboutResource {

    /** One benchmark of the set: its page and how many models have a headline score on it. */
    public record SetBenchmark(String slug, String name, String href, int models) {
    }

    /**
     * @param benchmarks  the set, in its order
     * @param minCoverage the coverage below which a score is marked
     * @param newDays     the "new" badge's window, in days before the data's newest release
     * @param licences    the licence ids {@code commercial=yes} selects, sorted
     */
    public record RankingView(List<SetBenchmark> benchmarks, int minCoverage, int newDays, List<String> licences) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ranking(RankingView view);
    }

    private final BenchmarkCatalog catalog;
    private final ReadTransaction reads;
    private final PageCache pages;

    AboutResource(BenchmarkCatalog catalog, ReadTransaction reads, PageCache pages) {
        this.catalog = catalog;
        this.reads = reads;
        this.pages = pages;
    }

    @GET
    @Path("ranking")
    @Produces(MediaType.TEXT_HTML)
    public Response ranking() {
        RankingView view = reads.call(() -> {
            BenchmarkCatalog.Benchmarks all = catalog.benchmarks();
            List<SetBenchmark> set = Capability.BENCHMARKS.stream().map(slug -> new SetBenchmark(slug,
                    all.bySlug(slug).map(BenchmarkInfo::name).orElse(slug), "/benchmarks/" + Format.segment(slug),
                    all.scoredModels().getOrDefault(slug, 0))).toList();
            return new RankingView(set, Capability.MIN_COVERAGE, LeaderboardRow.NEW_DAYS,
                    CommercialLicences.IDS.stream().sorted().toList());
        });
        return pages.respond(MediaType.TEXT_HTML, () -> Templates.ranking(view).render());
    }
}

package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.service.read.TrendsService;
import org.llmleaderboard.web.view.TrendsView;

/**
 * How the field moved: the state of the art on the main benchmarks, releases per month (open vs closed weights) and
 * the largest models, over time. Server-rendered SVG that works without JavaScript; the page takes no parameters, so
 * the page cache answers repeats.
 */
@Path("/trends")
public class TrendsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trends(TrendsView view);
    }

    private final TrendsService trends;
    private final ReadTransaction reads;
    private final PageCache pages;

    TrendsResource(TrendsService trends, ReadTransaction reads, PageCache pages) {
        this.trends = trends;
        this.reads = reads;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response trends() {
        // Read on a miss only: a cached copy costs no statement.
        return pages.respond(MediaType.TEXT_HTML, () -> reads.call(() -> Templates.trends(TrendsView.of(trends.trends())).render()));
    }
}

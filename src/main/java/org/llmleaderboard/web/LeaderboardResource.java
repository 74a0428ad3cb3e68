package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.web.view.LeaderboardView;

/** The leaderboard: one URL serves the full page or, for htmx, the results region or the next rows. */
@Path("/")
public class LeaderboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(LeaderboardView view);

        /** Count, table with headers and rows, pager: everything that changes with sort and filters. */
        static native TemplateInstance index$results(LeaderboardView view);

        /** The next rows and a new "more" row, appended in place of the old one. */
        static native TemplateInstance index$rows(LeaderboardView view);
    }

    private final LeaderboardViews views;
    private final ReadTransaction reads;
    private final PageCache pages;

    LeaderboardResource(LeaderboardViews views, ReadTransaction reads, PageCache pages) {
        this.views = views;
        this.reads = reads;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@BeanParam LeaderboardParams params,
            @HeaderParam(Htmx.REQUEST) String htmx,
            @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore,
            @HeaderParam(Htmx.TARGET) String target) {
        boolean fragment = Htmx.wantsFragment(htmx, restore);
        // The reads are part of the render, so that requests of one page arriving together read it once (PageCache).
        return pages.respond(MediaType.TEXT_HTML, () -> {
            LeaderboardView view = reads.call(() -> views.view("Leaderboard", views.state("/", params), params, fragment));
            return Htmx.table(fragment, target, Templates.index(view),
                    () -> Templates.index$results(view),
                    () -> Templates.index$rows(view)).render();
        });
    }
}

package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.service.read.LabSummary;
import org.llmleaderboard.service.read.InsightsService;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.web.view.Format;
import org.llmleaderboard.web.view.LeaderboardState;
import org.llmleaderboard.web.view.LeaderboardView;

import java.util.Comparator;
import java.util.List;

/** All labs, and one lab with its models as a sortable table. */
@Path("/labs")
public class LabResource {

    /** The labs table's two sortable column headers: each one's link and, for the sorted one, its aria-sort. */
    public record LabsHeader(String nameHref, String countHref, String nameAria, String countAria) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance labs(List<LabSummary> labs, LabsHeader header, int models);

        static native TemplateInstance lab(LabSummary lab, LeaderboardView view);

        static native TemplateInstance lab$results(LabSummary lab, LeaderboardView view);

        static native TemplateInstance lab$rows(LabSummary lab, LeaderboardView view);
    }

    private final LeaderboardService leaderboard;
    private final InsightsService insights;
    private final LeaderboardViews views;
    private final FilterOptions options;
    private final ReadTransaction reads;
    private final PageCache pages;

    LabResource(LeaderboardService leaderboard, InsightsService insights, LeaderboardViews views, FilterOptions options,
            ReadTransaction reads, PageCache pages) {
        this.pages = pages;
        this.leaderboard = leaderboard;
        this.insights = insights;
        this.views = views;
        this.options = options;
        this.reads = reads;
    }

    /** Sortable by name (default) and by model count; unknown values fall back to the default. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response labs(@QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        return pages.respond(MediaType.TEXT_HTML, () -> labsPage(sort, dir).render());
    }

    private TemplateInstance labsPage(String sort, String dir) {
        String s = "models".equals(sort) ? "models" : "name";
        String d = "asc".equals(dir) || "desc".equals(dir) ? dir : (s.equals("models") ? "desc" : "asc");
        Comparator<LabSummary> order = s.equals("models")
                ? Comparator.comparingInt(LabSummary::models).thenComparing(LabSummary::name, String.CASE_INSENSITIVE_ORDER)
                : Comparator.comparing(LabSummary::name, String.CASE_INSENSITIVE_ORDER);
        if (d.equals("desc")) {
            order = order.reversed();
        }
        List<LabSummary> labs = reads.call(insights::labSummaries).stream().sorted(order).toList();
        String nameHref = "/labs?sort=name&dir=" + (s.equals("name") && d.equals("asc") ? "desc" : "asc");
        String countHref = "/labs?sort=models&dir=" + (s.equals("models") && d.equals("desc") ? "asc" : "desc");
        String aria = d.equals("asc") ? "ascending" : "descending";
        LabsHeader header = new LabsHeader(nameHref, countHref, s.equals("name") ? aria : null, s.equals("models") ? aria : null);
        return Templates.labs(labs, header, labs.stream().mapToInt(LabSummary::models).sum());
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response lab(@PathParam("slug") String slug, @BeanParam LeaderboardParams params,
            @HeaderParam(Htmx.REQUEST) String htmx,
            @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore,
            @HeaderParam(Htmx.TARGET) String target) {
        boolean fragment = Htmx.wantsFragment(htmx, restore);
        return reads.call(() -> {
            LabSummary lab = options.labs().stream().filter(l -> l.slug().equals(slug)).findFirst().orElse(null);
            if (lab == null) {
                String canonical = leaderboard.canonicalLabSlug(slug).orElseThrow(() -> new NoSuchPageException("No lab " + slug));
                if (!canonical.equals(slug)) {
                    // Another name of a lab (llm-stats' `deepseek` for `deepseek-ai`): to its page.
                    return Response.status(Response.Status.MOVED_PERMANENTLY).location(java.net.URI.create(Format.labHref(canonical))).build();
                }
                // A lab newer than the facets (kept per data version; another instance's write not yet seen): read it.
                lab = insights.labSummaries().stream().filter(l -> l.slug().equals(slug)).findFirst()
                        .orElseThrow(() -> new NoSuchPageException("No lab " + slug));
            }
            LabSummary found = lab;
            LeaderboardState state = views.state(Format.labHref(slug), params).fixLab(slug);
            LeaderboardView view = views.view(found.name(), state, params, fragment);
            return pages.respond(MediaType.TEXT_HTML, () -> Htmx.table(fragment, target, Templates.lab(found, view),
                    () -> Templates.lab$results(found, view),
                    () -> Templates.lab$rows(found, view)).render());
        });
    }
}

package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.service.read.ArchitectureCount;
import org.llmleaderboard.service.read.InsightsService;
import org.llmleaderboard.service.read.ModelCounts;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.web.view.LeaderboardView;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Architectures, and the models of one. */
@Path("/architectures")
public class ArchitectureResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance architectures(List<ArchitectureRow> architectures, int models);

        static native TemplateInstance architecture(ArchitectureRow architecture, LeaderboardView view);

        static native TemplateInstance architecture$results(ArchitectureRow architecture, LeaderboardView view);

        static native TemplateInstance architecture$rows(ArchitectureRow architecture, LeaderboardView view);
    }

    public record ArchitectureRow(String slug, String name, String href, String description, int models, String share) {
    }

    static final Map<Architecture, String> DESCRIPTIONS = Map.of(
            Architecture.DENSE, "Every parameter takes part in every token: the classic transformer. Compute per token grows with the parameter count.",
            Architecture.MOE, "Mixture of experts: a router sends each token to a few expert sub-networks, so only a fraction of the parameters (the active parameters) work on each token. Large capacity at a lower cost per token.",
            Architecture.HYBRID, "Mixes block types, for example attention with state-space (Mamba-style) layers, or dense with mixture-of-experts layers.",
            Architecture.MATFORMER, "Matryoshka transformer: nested sub-models of several sizes share one set of weights, so a smaller model can be extracted from the larger one (e.g. Gemma 3n).",
            Architecture.COE, "Composition of experts: several complete models behind a router that picks one per request.",
            Architecture.COMPOUND, "A system of several models and tools working together rather than a single network.",
            Architecture.UNKNOWN, "The architecture has not been published.");

    private final FilterOptions options;
    private final LeaderboardViews views;
    private final InsightsService insights;
    private final ReadTransaction reads;
    private final PageCache pages;

    ArchitectureResource(FilterOptions options, LeaderboardViews views, InsightsService insights, ReadTransaction reads,
            PageCache pages) {
        this.pages = pages;
        this.options = options;
        this.views = views;
        this.insights = insights;
        this.reads = reads;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response architectures() {
        return pages.respond(MediaType.TEXT_HTML, () -> architecturesPage().render());
    }

    private TemplateInstance architecturesPage() {
        ModelCounts all = reads.call(insights::counts);
        Map<String, Integer> counts = all.architectures().stream()
                .collect(Collectors.toMap(ArchitectureCount::slug, ArchitectureCount::count));
        List<ArchitectureRow> rows = Arrays.stream(Architecture.values())
                .map(a -> row(a, counts.getOrDefault(a.slug(), 0), all.total()))
                .sorted((x, y) -> Integer.compare(y.models(), x.models()))
                .toList();
        return Templates.architectures(rows, all.total());
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response architecture(@PathParam("slug") String slug, @BeanParam LeaderboardParams params,
            @HeaderParam(Htmx.REQUEST) String htmx,
            @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore,
            @HeaderParam(Htmx.TARGET) String target) {
        Architecture a = Architecture.parse(slug).filter(x -> x.slug().equals(slug.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new NoSuchPageException("No architecture " + slug));
        boolean fragment = Htmx.wantsFragment(htmx, restore);
        LeaderboardView view = reads.call(() -> views.view(a.label(),
                views.state("/architectures/" + a.slug(), params).fixArchitecture(a.slug()), params, fragment));
        ArchitectureRow row = row(a, view.total(), options.counts().total());
        return pages.respond(MediaType.TEXT_HTML, () -> Htmx.table(fragment, target, Templates.architecture(row, view),
                () -> Templates.architecture$results(row, view),
                () -> Templates.architecture$rows(row, view)).render());
    }

    private static ArchitectureRow row(Architecture a, int count, int total) {
        String share = total == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / total);
        return new ArchitectureRow(a.slug(), a.label(), "/architectures/" + a.slug(), DESCRIPTIONS.get(a), count, share);
    }
}

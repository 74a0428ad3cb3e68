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
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelCriteria;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.query.PageRequest;
import org.llmleaderboard.query.SortOrder;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.read.ModelPage;
import org.llmleaderboard.service.read.QueryFactory;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.web.view.Format;
import org.llmleaderboard.web.view.LeaderboardState;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggestions as you type: the models a search finds first (exact and prefix matches first, as on the leaderboard),
 * at most {@value #MAX}, each with its lab and a link to its page. For htmx the options of the search box's listbox;
 * otherwise a page of its own, so the URL works without JavaScript.
 */
@Path("/search/suggest")
public class SearchResource {

    /** Suggestions shown at most: what fits under the search box on a phone. */
    static final int MAX = 8;

    /** One suggestion: its option id (unique in the page), the model, its lab, and its page. */
    public record Suggestion(String id, String name, String lab, String href) {
    }

    /** The suggestions for {@code q}; {@code total} the models the search finds, {@code searchHref} the leaderboard of them. */
    public record Suggestions(String q, List<Suggestion> items, int total, String searchHref) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance suggest(Suggestions suggestions);

        static native TemplateInstance suggest$options(Suggestions suggestions);
    }

    private final LeaderboardService leaderboard;
    private final QueryFactory queries;
    private final ReadTransaction reads;
    private final PageCache pages;

    SearchResource(LeaderboardService leaderboard, QueryFactory queries, ReadTransaction reads, PageCache pages) {
        this.leaderboard = leaderboard;
        this.queries = queries;
        this.reads = reads;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response suggest(@QueryParam("q") String q, @HeaderParam(Htmx.REQUEST) String htmx,
            @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore) {
        String search = q == null ? "" : q.strip();
        if (search.length() > LeaderboardState.MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "Your search is " + search.length() + " characters long; a search may be at most "
                    + LeaderboardState.MAX_QUERY_LENGTH + " characters. Use fewer words.", "/");
        }
        boolean fragment = Htmx.wantsFragment(htmx, restore);
        return reads.call(() -> pages.respond(MediaType.TEXT_HTML, () -> {
            Suggestions s = suggestions(search);
            return (fragment ? Templates.suggest$options(s) : Templates.suggest(s)).render();
        }));
    }

    private Suggestions suggestions(String search) {
        if (search.isEmpty()) {
            return new Suggestions("", List.of(), 0, "/");
        }
        ModelCriteria criteria = ModelCriteria.of(search, null, null, null, null, null);
        ModelPage page;
        try {
            page = leaderboard.headlinePage(queries.validate(new LeaderboardQuery(criteria, ModelScope.ALL, SortOrder.DEFAULT,
                    new PageRequest(MAX, 0))));
        } catch (InvalidArgumentException e) {
            throw new IllegalStateException("A search alone is always valid", e);
        }
        List<Suggestion> items = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            var m = page.items().get(i);
            items.add(new Suggestion("q-option-" + (i + 1), m.name(), m.lab().name(), Format.modelHref(m.slug())));
        }
        return new Suggestions(search, items, page.totalCount(), "/?q=" + Format.param(search));
    }
}

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
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.UnknownModelException;
import org.llmleaderboard.service.read.CompareService;
import org.llmleaderboard.service.read.Comparison;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.web.view.CompareView;
import org.llmleaderboard.web.view.CompareViews;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /compare?models=a,b,c}: two to six models side by side. One model is a page that asks for another (200);
 * none or more than six is the 400 page, a name that matches no model the 404 page. Any other spelling of a
 * comparison (repeated {@code models=} as the leaderboard's form sends them, an alias, a duplicate) answers 303 to
 * the canonical address, so that the address in the bar is the one to share. For htmx (a model removed in place) the
 * comparison region only.
 */
@Path("/compare")
public class CompareResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(CompareView view);

        /** Everything below the heading: columns, facts, benchmarks, chart. */
        static native TemplateInstance compare$comparison(CompareView view);
    }

    /** Names in one request at most, before they are even looked up (the page takes six). */
    private static final int MAX_NAMES = 50;

    private final CompareService compare;
    private final ReadTransaction reads;
    private final PageCache pages;

    CompareResource(CompareService compare, ReadTransaction reads, PageCache pages) {
        this.compare = compare;
        this.reads = reads;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response compare(@QueryParam("models") List<String> models, @HeaderParam(Htmx.REQUEST) String htmx,
            @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore) {
        List<String> names = names(models);
        boolean fragment = Htmx.wantsFragment(htmx, restore);
        Comparison comparison = reads.call(() -> comparison(names));
        List<String> slugs = comparison.models().stream().map(ModelSummary::slug).toList();
        if (models.size() != 1 || !models.get(0).equals(String.join(",", slugs))) {
            return Response.seeOther(URI.create(CompareViews.href(slugs))).build();
        }
        CompareView view = CompareViews.of(comparison);
        return pages.respond(MediaType.TEXT_HTML, () -> (fragment ? Templates.compare$comparison(view) : Templates.compare(view)).render());
    }

    /** The names, split at commas (one {@code models=a,b} or several {@code models=a&models=b}), blanks left out. */
    private static List<String> names(List<String> models) {
        List<String> names = new ArrayList<>();
        for (String value : models) {
            for (String name : value.split(",", -1)) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (names.size() > MAX_NAMES) {
                throw tooMany(names.size());
            }
        }
        return names;
    }

    private Comparison comparison(List<String> names) {
        try {
            return compare.compare(names);
        } catch (UnknownModelException e) {
            throw new NoSuchPageException("No model '" + e.slug() + "' to compare: use a model's slug as in its page's address, "
                    + "such as openai/gpt-4o");
        } catch (InvalidArgumentException e) {
            throw new BadParameterException("models", e.getMessage() + " Pick models on the leaderboard with the boxes after their "
                    + "names, then Compare selected.", "/");
        }
    }

    private static BadParameterException tooMany(int count) {
        return new BadParameterException("models", "More than " + MAX_NAMES + " models were named; at most " + CompareService.MAX_MODELS
                + " can be compared at once.", "/");
    }
}

package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The GraphQL playground: GraphiQL (from the {@code org.mvnpm} jars, served under {@code /_static/}) with the README's
 * example queries as tabs, a query explorer and the docs explorer, in the site's layout. {@code ?query=} (and
 * {@code ?variables=}) put a query in the editor: the "Query this in GraphQL" links of the model, lab and benchmark
 * pages. Without JavaScript the page is a form that sends the query to {@code GET /graphql} and shows its JSON.
 */
@Path(PlaygroundQueries.PATH)
public class PlaygroundResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance playground(PlaygroundView view);
    }

    /**
     * {@code query}: the editor's query (the first example without {@code ?query=}); {@code variables} as given, or
     * empty; {@code scriptVersion} fingerprints {@code /js/playground.js} like {@code assetVersion} does app.css.
     */
    public record PlaygroundView(String query, String variables, List<PlaygroundQueries.Example> examples, String scriptVersion) {
    }

    static final String SCRIPT = "META-INF/resources/js/playground.js";

    private static final String SCRIPT_VERSION = hash(SCRIPT);

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance playground(@QueryParam("query") String query, @QueryParam("variables") String variables) {
        // Any text is a query to show (the editor says what is wrong with it): there is nothing to allow-list, and the
        // template escapes it. Its length is bounded by the URL's (RequestLimitsRoute).
        String shown = query == null || query.isBlank() ? PlaygroundQueries.EXAMPLES.get(0).query() : query;
        return Templates.playground(new PlaygroundView(shown, variables == null ? "" : variables, PlaygroundQueries.EXAMPLES, SCRIPT_VERSION));
    }

    private static String hash(String resource) {
        try (InputStream in = PlaygroundResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "0";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

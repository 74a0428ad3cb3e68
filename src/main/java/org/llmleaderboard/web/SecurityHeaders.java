package org.llmleaderboard.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response: pages, htmx fragments, static assets, errors, JSON, {@code /graphql}, and
 * the answers of {@link PageCache} (including 304s), which leave on the event loop before the REST layer. They are
 * set first of all, so that every later route and handler answers with them.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * Same-origin everything: the pages use no inline script or style (htmx is served by the app, its indicator
     * rules are in app.css, its config in a meta tag), charts are server-side SVG, and no page may be framed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * GraphiQL (served by SmallRye under /q/graphql-ui/) embeds its fonts as data: URLs in its stylesheet; otherwise
     * it runs under the same policy (no inline script or style: checked in the browser by LeaderboardBrowserTest).
     * The only paths with a looser policy (with the playground's), and only by fonts.
     */
    static final String GRAPHQL_UI_POLICY = CONTENT_SECURITY_POLICY + "; font-src 'self' data:";

    static final String GRAPHQL_UI_PATH = "/q/graphql-ui";

    /** The playground runs the same GraphiQL (from the mvnpm jars), with the same embedded fonts: the same policy. */
    static final String PLAYGROUND_PATH = "/playground";

    // Pre-encoded ASCII names and values: every response sets them, so they are encoded once, not per request.
    private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CSP_VALUE = HttpHeaders.createOptimized(CONTENT_SECURITY_POLICY);
    private static final CharSequence CSP_GRAPHQL_UI = HttpHeaders.createOptimized(GRAPHQL_UI_POLICY);
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence STRICT_ORIGIN = HttpHeaders.createOptimized("strict-origin-when-cross-origin");

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(ctx -> {
            add(ctx.response().headers(), ctx.request().path());
            ctx.next();
        });
    }

    static void add(MultiMap headers, String path) {
        boolean graphiql = path != null && (path.startsWith(GRAPHQL_UI_PATH) || path.equals(PLAYGROUND_PATH));
        headers.set(CSP, graphiql ? CSP_GRAPHQL_UI : CSP_VALUE);
        headers.set(NOSNIFF_NAME, NOSNIFF);
        // frame-ancestors for current browsers, X-Frame-Options for older ones.
        headers.set(FRAME_OPTIONS, DENY);
        // Full URLs (with their search) stay on this site; other sites see the origin only.
        headers.set(REFERRER_POLICY, STRICT_ORIGIN);
    }
}

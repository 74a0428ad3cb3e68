package org.llmleaderboard.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.llmleaderboard.config.LeaderboardConfig;

import java.util.Map;

/**
 * The app's own request limits, checked before anything else reads the request (the page cache, the REST layer,
 * GraphQL): a URL longer than {@code leaderboard.limits.max-url-length} gets a 414 page and headers larger than
 * {@code max-header-size} a 431 page — in the site's layout, or as
 * JSON for {@code /api/*} and {@code /graphql}. Vert.x's own limits are set higher (application.properties) because
 * Vert.x answers them with an empty body before any route runs.
 */
@ApplicationScoped
public class RequestLimitsRoute {

    /** Right after {@link SecurityHeaders} (which runs first of all), before the body handler and the page cache. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_HEADERS + 1;

    void install(@Observes Router router, LeaderboardConfig config) {
        int maxUrl = config.limits().maxUrlLength();
        int maxHeaders = config.limits().maxHeaderSize();
        router.route().order(ORDER).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            ErrorPage error = check(request, maxUrl, maxHeaders);
            if (error == null) {
                ctx.next();
            } else {
                ErrorResponses.write(error, request);
            }
        });
    }

    static ErrorPage check(HttpServerRequest request, int maxUrl, int maxHeaders) {
        if (request.uri().length() > maxUrl) {
            return ErrorPage.uriTooLong(maxUrl, back(request.path()));
        }
        if (headerSize(request.headers()) > maxHeaders) {
            return ErrorPage.headersTooLarge(maxHeaders);
        }
        // (A URL that is no URI at all, such as a broken %-escape, never gets here: Quarkus answers it with an
        // empty 400 before the router runs, unless -Dvertx.disableURIValidation=true.)
        return null;
    }

    /**
     * Where to go back: the page without its parameters, unless the path is itself the problem — too long, or one a
     * browser would read as another site's address ({@code //host}, and {@code /\host}, which browsers treat alike).
     */
    static String back(String path) {
        return path == null || path.length() > 200 || !path.startsWith("/") || path.startsWith("//") || path.indexOf('\\') >= 0
                ? ErrorPage.HOME : path;
    }

    /** Header names and values, plus ": " and the line end of each, as on the wire. */
    static int headerSize(MultiMap headers) {
        int size = 0;
        for (Map.Entry<String, String> h : headers) {
            size += h.getKey().length() + h.getValue().length() + 4;
        }
        return size;
    }
}

package org.llmleaderboard.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.llmleaderboard.config.LeaderboardConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * The app's own request limits, checked before anything else reads the request (the page cache, the REST layer,
 * GraphQL): a URL longer than {@code leaderboard.limits.max-url-length} gets a 414 page and headers larger than
 * {@code max-header-size} a 431 page — in the site's layout, or as
 * JSON for {@code /api/*} and {@code /graphql}. Vert.x's own limits are set higher (application.properties) because
 * Vert.x answers them with an empty body before any route runs. A URL that is no valid URI (a broken %-escape)
 * gets a 400 page here too: Quarkus would answer it with an empty 400, and the REST layer with a 500, had
 * {@link org.llmleaderboard.LeaderboardMain} not switched Quarkus's own check off.
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
        // The router itself fails a request with 400 when it cannot decode the path (/models/%zz) — before any
        // route's handler, so only a failure handler sees it.
        router.route().order(ORDER).failureHandler(ctx -> {
            if (ctx.statusCode() == 400 && ctx.failure() == null && !ctx.response().ended()) {
                ErrorResponses.write(validUri(ctx.request().uri()) ? ErrorPage.clientError(400, null) : ErrorPage.badAddress(), ctx.request());
            } else {
                ctx.next();
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
        if (!validUri(request.uri())) {
            return ErrorPage.badAddress();
        }
        return null;
    }

    /** The test Quarkus makes before routing when its own check is on (VertxHttpRecorder.uriValid). */
    static boolean validUri(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
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

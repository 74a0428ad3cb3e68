package org.llmleaderboard.graphql.http;

import graphql.schema.GraphQLSchema;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.service.read.RelationSizeService;

import java.util.Map;

/**
 * Serves {@code /graphql} with {@link GraphQLHttpHandler}, ahead of SmallRye GraphQL's own route (which
 * then never sees a request; its schema and UI routes are unchanged). SmallRye's route has no explicit
 * order, so this one needs a low one; it still runs after authentication (a filter with a negative order),
 * so mutations see the editor.
 * <p>
 * The handler is a blocking one: parsing, costing, every resolver and the JSON encoding of the answer run on one
 * worker thread. Run from the event loop, graphql-java resumed each field after a batch load on the event loop and
 * built the rest of a large answer there, which blocked it for seconds at 100,000 models.
 */
@ApplicationScoped
class GraphQLRoute {

    /** The documents kept for automatic persisted queries: 2 M characters, hundreds of typical queries. */
    private static final long PERSISTED_QUERY_CHARS = 2_000_000;

    private final GraphQLHttpHandler handler;
    private final GraphQLResponseCache cache;
    private final LeaderboardConfig.Graphql limits;

    GraphQLRoute(CurrentIdentityAssociation identity, CurrentVertxRequest request, GraphQLSchema schema,
            RelationSizeService sizes, LeaderboardConfig config, GraphQLResponseCache cache) {
        this.limits = config.graphql();
        this.cache = cache;
        this.handler = new GraphQLHttpHandler(identity, request, schema, sizes, limits, cache);
    }

    void install(@Observes Router router) {
        router.route("/graphql").order(RouteConstants.ROUTE_ORDER_COMPRESSION - 1)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxRequestBytes()))
                // Cached answers on the event loop; the rest on a worker thread.
                .handler(new CachedAnswers(cache, new PersistedQueries(PERSISTED_QUERY_CHARS)))
                .blockingHandler(handler, false)
                // The body handler fails a request whose body passes the limit while it streams in; any other
                // failure (a wrong password: 401) is left to Quarkus.
                .failureHandler(ctx -> {
                    if (ctx.failure() != null && !(ctx.failure() instanceof io.quarkus.security.AuthenticationException)
                            && isForm(ctx.request().getHeader("Content-Type")) && !ctx.response().ended()) {
                        // The body handler decodes a form body (multipart/form-data, x-www-form-urlencoded) as it
                        // streams in, and fails on a field over 2 KB, a broken %-escape or a multipart OPTIONS
                        // request: a 500 (FuzzTest). /graphql takes JSON only, so this is the handler's own 415.
                        ctx.response().setStatusCode(415).putHeader("Content-Type", "application/json; charset=utf-8")
                                .end(GraphQLErrors.of("UNSUPPORTED_MEDIA_TYPE", "Send the request as `Content-Type: "
                                        + "application/json` (UTF-8), not a form.", Map.of()).toString());
                        return;
                    }
                    if (ctx.statusCode() != 413 || ctx.response().ended()) {
                        ctx.next();
                        return;
                    }
                    ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json; charset=utf-8")
                            .end(GraphQLErrors.of("REQUEST_TOO_LARGE", "The request is larger than " + limits.maxRequestBytes()
                                    + " bytes.", Map.of("limit", limits.maxRequestBytes())).toString());
                });
    }

    private static boolean isForm(String contentType) {
        String type = contentType == null ? "" : contentType.trim().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
    }
}

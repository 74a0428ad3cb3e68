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
import org.llmleaderboard.service.RelationSizeService;

import java.util.Map;

/**
 * Serves {@code /graphql} with {@link GraphQLHttpHandler}, ahead of SmallRye GraphQL's own route (which
 * then never sees a request; its schema and UI routes are unchanged). SmallRye's route has no explicit
 * order, so this one needs a low one; it still runs after authentication (a filter with a negative order),
 * so mutations see the editor.
 */
@ApplicationScoped
class GraphQLRoute {

    void install(@Observes Router router, CurrentIdentityAssociation identity, CurrentVertxRequest request,
            GraphQLSchema schema, RelationSizeService sizes, LeaderboardConfig config) {
        LeaderboardConfig.Graphql limits = config.graphql();
        GraphQLHttpHandler handler = new GraphQLHttpHandler(identity, request, schema, sizes, limits);
        router.route("/graphql").order(RouteConstants.ROUTE_ORDER_COMPRESSION - 1)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxRequestBytes()))
                .handler(handler)
                // The body handler fails a request whose body passes the limit while it streams in; any other
                // failure (a wrong password: 401) is left to Quarkus.
                .failureHandler(ctx -> {
                    if (ctx.statusCode() != 413 || ctx.response().ended()) {
                        ctx.next();
                        return;
                    }
                    ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json; charset=utf-8")
                            .end(GraphQLErrors.of("REQUEST_TOO_LARGE", "The request is larger than " + limits.maxRequestBytes()
                                    + " bytes.", Map.of("limit", limits.maxRequestBytes())).toString());
                });
    }
}

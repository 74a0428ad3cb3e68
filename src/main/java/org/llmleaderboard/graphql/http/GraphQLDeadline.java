package org.llmleaderboard.graphql.http;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import org.llmleaderboard.graphql.error.TimeLimitException;

/**
 * Stops a GraphQL request at its time limit: before each resolver runs ({@link ResolverEvents}), past the request's
 * deadline the resolver is not run. The client has been answered by then ({@link GraphQLHttpHandler}); this keeps the
 * server from finishing work nobody waits for.
 */
final class GraphQLDeadline {

    /** The request-scoped bean's client proxy: looked up once, it reads the current request each time. */
    private static volatile CurrentVertxRequest request;

    private GraphQLDeadline() {
    }

    static void check() {
        CurrentVertxRequest current = request;
        if (current == null) {
            current = Arc.container().instance(CurrentVertxRequest.class).get();
            request = current;
        }
        RoutingContext ctx = current.getCurrent();
        Long deadline = ctx == null ? null : ctx.get(GraphQLHttpHandler.DEADLINE);
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new TimeLimitException("The query passed its time limit and was stopped.");
        }
    }
}

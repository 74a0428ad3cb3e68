package org.llmleaderboard.graphql.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.event.InvokeInfo;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.llmleaderboard.graphql.error.TimeLimitException;

/**
 * Stops a GraphQL request at its time limit: before each resolver runs, SmallRye fires an {@link InvokeInfo}
 * event ({@code quarkus.smallrye-graphql.events.enabled}); past the request's deadline the resolver is not run.
 * The client has been answered by then ({@link GraphQLHttpHandler}); this keeps the server from finishing
 * work nobody waits for.
 */
@ApplicationScoped
class GraphQLDeadline {

    private final CurrentVertxRequest request;

    GraphQLDeadline(CurrentVertxRequest request) {
        this.request = request;
    }

    void beforeInvoke(@Observes InvokeInfo invoke) {
        RoutingContext ctx = request.getCurrent();
        Long deadline = ctx == null ? null : ctx.get(GraphQLHttpHandler.DEADLINE);
        if (deadline != null && System.nanoTime() - deadline > 0) {
            throw new TimeLimitException("The query passed its time limit and was stopped.");
        }
    }
}

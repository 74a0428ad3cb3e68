package org.llmleaderboard.graphql.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;

/**
 * The fast path of {@code /graphql}, on the event loop before the worker thread: an anonymous request whose answer
 * {@link GraphQLResponseCache} holds for the current data version is answered from it. Anything else goes on to
 * {@link GraphQLHttpHandler}, with the request and its key already read (so they are read once). A request this
 * cannot read goes on unread: the handler gives it its proper error.
 */
final class CachedAnswers implements Handler<RoutingContext> {

    /** The {@link GraphQLRequest} read here, for the handler. */
    static final String REQUEST = "leaderboard.graphql.request";
    /** Its cache key, when it may be stored (anonymous, and the cache is on). */
    static final String KEY = "leaderboard.graphql.cache-key";

    private final GraphQLResponseCache cache;

    CachedAnswers(GraphQLResponseCache cache) {
        this.cache = cache;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String type = HttpParts.responseType(ctx);
        if (!cache.enabled() || type == null || !GraphQLResponseCache.anonymous(ctx.request())
                || !(method == HttpMethod.GET || method == HttpMethod.POST && HttpParts.jsonBody(ctx)
                        && ctx.body() != null && ctx.body().length() > 0)) {
            ctx.next();
            return;
        }
        GraphQLRequest request;
        try {
            request = method == HttpMethod.GET ? GraphQLRequest.fromQueryString(HttpParts.queryParameters(ctx))
                    : GraphQLRequest.fromBody(ctx.body().buffer().toString(StandardCharsets.UTF_8));
        } catch (GraphQLRequest.Malformed e) {
            ctx.next();
            return;
        }
        String key = GraphQLResponseCache.key(request, type);
        GraphQLResponseCache.Entry hit = cache.get(key);
        if (hit != null) {
            GraphQLResponseCache.send(ctx.request(), hit);
            return;
        }
        ctx.put(REQUEST, request);
        ctx.put(KEY, key);
        ctx.next();
    }
}

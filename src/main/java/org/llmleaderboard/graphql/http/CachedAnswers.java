package org.llmleaderboard.graphql.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The fast path of {@code /graphql}, on the event loop before the worker thread: reads the request once, puts a
 * persisted query's document in ({@link PersistedQueries}), and answers an anonymous request whose answer
 * {@link GraphQLResponseCache} holds for the current data version. Anything else goes on to
 * {@link GraphQLHttpHandler} with the request and its cache key already read. A request this cannot read goes on
 * unread: the handler gives it its proper error.
 */
final class CachedAnswers implements Handler<RoutingContext> {

    /** The {@link GraphQLRequest} read here, for the handler. */
    static final String REQUEST = "leaderboard.graphql.request";
    /** Its cache key, when it may be stored (anonymous, and the cache is on). */
    static final String KEY = "leaderboard.graphql.cache-key";

    private final GraphQLResponseCache cache;
    private final PersistedQueries persisted;

    CachedAnswers(GraphQLResponseCache cache, PersistedQueries persisted) {
        this.cache = cache;
        this.persisted = persisted;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String type = HttpParts.responseType(ctx);
        if (type == null || !(method == HttpMethod.GET || method == HttpMethod.POST && HttpParts.jsonBody(ctx)
                && ctx.body() != null && ctx.body().length() > 0)) {
            ctx.next();
            return;
        }
        GraphQLRequest request;
        try {
            request = persisted.resolve(method == HttpMethod.GET ? GraphQLRequest.fromQueryString(HttpParts.queryParameters(ctx))
                    : GraphQLRequest.fromBody(ctx.body().buffer().toString(StandardCharsets.UTF_8)));
        } catch (GraphQLRequest.Malformed e) {
            ctx.next();
            return;
        } catch (PersistedQueries.Refused e) {
            // As the handler answers a request it refuses: 200 for application/json clients (Apollo's expect it), else 400.
            ctx.response().setStatusCode(type.equals(HttpParts.JSON) ? 200 : 400)
                    .putHeader("Content-Type", type + "; charset=utf-8")
                    .end(GraphQLErrors.of(e.code, e.getMessage(), Map.of()).toString());
            return;
        }
        ctx.put(REQUEST, request);
        if (cache.enabled() && GraphQLResponseCache.anonymous(ctx.request())) {
            String key = GraphQLResponseCache.key(request, type);
            GraphQLResponseCache.Entry hit = cache.get(key);
            if (hit != null) {
                GraphQLResponseCache.send(ctx.request(), hit);
                return;
            }
            ctx.put(KEY, key);
        }
        ctx.next();
    }
}

package org.llmleaderboard.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.llmleaderboard.config.LeaderboardConfig;

/**
 * The time limit of pages and fragments: a GET whose answer has not started by
 * {@code leaderboard.limits.page-timeout} is answered with a 503 page in the site's layout. The worker behind
 * it is not interrupted, but its SQL statements carry the same timeout (application.properties), so it ends
 * too. Not for writes (an import must never be answered "failed" and then commit), nor for exports, which
 * stream every row however many there are, nor for {@code /events}, a stream that stays open; {@code /graphql} has its
 * own limit (GraphQLHttpHandler). Nor for the mvnpm assets under {@code /_static/} (the playground's 3 MB GraphiQL): a
 * file still being sent after the limit, to a slow client, already has its head written, and the 503 could only fail.
 */
@ApplicationScoped
public class PageTimeLimitRoute {

    void install(@Observes Router router, LeaderboardConfig config) {
        long millis = Math.max(1, config.limits().pageTimeout().toMillis());
        // After the cache's fast path: a page answered from the cache needs no timer.
        router.route().order(CachedPagesRoute.ORDER + 1).handler(ctx -> {
            String path = ctx.request().path();
            HttpMethod method = ctx.request().method();
            if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || ErrorResponses.isGraphQl(path)
                    || path.startsWith("/export") || path.endsWith(".md") || path.startsWith("/q/")
                    || path.equals(DataEventsRoute.PATH)
                    || path.startsWith("/_static/")) {
                ctx.next();
                return;
            }
            long timer = ctx.vertx().setTimer(millis, id -> {
                if (!ctx.response().headWritten() && !ctx.response().closed()) {
                    ErrorResponses.write(ErrorPage.timedOut(millis), ctx.request());
                }
            });
            ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
            ctx.next();
        });
    }
}

package org.llmleaderboard.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.llmleaderboard.config.LeaderboardConfig;

import java.util.concurrent.atomic.LongAdder;

/**
 * The time limit of pages and fragments: a GET whose answer has not started by
 * {@code leaderboard.limits.page-timeout} is answered with a 503 page in the site's layout. The worker behind
 * it is not interrupted, but its SQL statements carry the same timeout (application.properties), so it ends
 * too. Not for writes (an import must never be answered "failed" and then commit), nor for exports, which
 * stream every row however many there are, nor for {@code /events}, a stream that stays open; {@code /graphql} has its
 * own limit (GraphQLHttpHandler). Nor for the mvnpm assets under {@code /_static/} (the playground's 3 MB GraphiQL): a
 * file still being sent after the limit, to a slow client, already has its head written, and the 503 could only fail.
 * <p>
 * The worker of a request answered by the timer still finishes, and its own answer (the page, or the 503 of
 * {@code ErrorMappers.queryTimedOut} when its statement was stopped) then finds the response ended. That failure is
 * expected, not a bug: the client has its 503, so it is counted and logged at debug level instead of reaching Quarkus'
 * error handler, which would log an error with a stack trace for every request of an overloaded minute.
 */
@ApplicationScoped
public class PageTimeLimitRoute {

    private static final Logger LOG = Logger.getLogger(PageTimeLimitRoute.class);
    /** Marks a request the timer answered. */
    private static final String ANSWERED = "leaderboard.page-time-limit.answered";
    /** Workers that finished after their request had been answered with the 503 (read by tests). */
    static final LongAdder LATE_WORKERS = new LongAdder();

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
                    ctx.put(ANSWERED, Boolean.TRUE);
                    ErrorResponses.write(ErrorPage.timedOut(millis), ctx.request());
                }
            });
            ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
            ctx.next();
        });
        router.route().order(CachedPagesRoute.ORDER + 1).failureHandler(ctx -> {
            if (ctx.get(ANSWERED) != null && ctx.response().ended()) {
                LATE_WORKERS.increment();
                LOG.debugf("%s %s finished after its 503 (%s)", ctx.request().method(), ctx.request().uri(), ctx.failure());
            } else {
                ctx.next();
            }
        });
    }
}

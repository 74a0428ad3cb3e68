package org.llmleaderboard.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.service.DataChanged;
import org.llmleaderboard.service.DataVersion;

/**
 * {@code GET /events}: a server-sent event stream that says "data changed" (event {@value DataEvents#EVENT}, with the
 * new data version) whenever a write commits, so that an open leaderboard or model page can offer a refresh. Public,
 * like every read: it reveals the version number only.
 * <p>
 * A Vert.x route on the event loop, before compression (which would hold the events back) and without a worker thread
 * per open page; {@link PageTimeLimitRoute} leaves it alone (a stream never "answers" in time) and the page cache never
 * sees it (this route ends every request it takes). A page passes the version it was rendered at ({@code since}); one
 * already out of date is told at once, so no write between render and subscribe is missed.
 */
@ApplicationScoped
public class DataEventsRoute {

    static final String PATH = "/events";

    /** One open stream: its response, written on its own event loop. */
    record Subscriber(HttpServerResponse response, Context context) {
    }

    private final DataVersion version;
    private final DataEvents<Subscriber> subscribers;
    private final long heartbeatMillis;

    DataEventsRoute(DataVersion version, LeaderboardConfig config) {
        this.version = version;
        this.subscribers = new DataEvents<>(config.events().maxSubscribers());
        this.heartbeatMillis = Math.max(1000, config.events().heartbeat().toMillis());
    }

    /** The data version a page is rendered at, for its {@code sse-connect} URL ({@code tags/liveNotice.html}). */
    @TemplateGlobal
    public static long dataVersion() {
        return Arc.container().instance(DataVersion.class).get().current();
    }

    void install(@Observes Router router, Vertx vertx) {
        router.get(PATH).order(RouteConstants.ROUTE_ORDER_COMPRESSION - 2).handler(this::subscribe);
        vertx.setPeriodic(heartbeatMillis, id -> subscribers.forEach(s -> send(s, DataEvents.HEARTBEAT)));
    }

    void announce(@Observes DataChanged change) {
        String event = DataEvents.changed(change.version());
        subscribers.forEach(s -> send(s, event));
    }

    int open() {
        return subscribers.size();
    }

    private void subscribe(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        Subscriber subscriber = new Subscriber(response, Vertx.currentContext());
        if (!subscribers.add(subscriber)) {
            // The browser's EventSource gives up on a 503; htmx's extension retries it later, with back-off.
            response.setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "30")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("Too many open pages are listening for changes; try again later.\n");
            return;
        }
        response.closeHandler(v -> subscribers.remove(subscriber));
        response.exceptionHandler(e -> subscribers.remove(subscriber));
        response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store")
                // Never gzipped: a compressor may hold small events back until its buffer fills.
                .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY)
                // Proxies such as nginx would otherwise buffer the stream.
                .putHeader("X-Accel-Buffering", "no");
        response.write(DataEvents.OPENING);
        long since = DataEvents.since(ctx.request().getParam("since"), ctx.request().getHeader("Last-Event-ID"));
        long now = version.current();
        if (since >= 0 && now > since) {
            response.write(DataEvents.changed(now));
        }
    }

    /** Writes on the stream's own event loop; a stream that cannot keep up (its buffer full) is closed, not queued. */
    private void send(Subscriber s, String text) {
        s.context().runOnContext(v -> {
            HttpServerResponse r = s.response();
            if (r.closed() || r.ended()) {
                subscribers.remove(s);
            } else if (r.writeQueueFull()) {
                subscribers.remove(s);
                r.reset();
            } else {
                r.write(text);
            }
        });
    }
}

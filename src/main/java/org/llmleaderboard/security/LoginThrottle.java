package org.llmleaderboard.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.llmleaderboard.config.LeaderboardConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * Slows down password guessing: a client (IP address) whose logins failed too often gets 429 with
 * {@code Retry-After} for every request carrying credentials, until its cool-down ends; its credentials are not even
 * checked. Anonymous requests (public reads) and other clients are untouched. Counts as a failure: any request with an
 * {@code Authorization} header answered 401 — so every path is covered, {@code /graphql} mutations and
 * {@code /admin/*} alike. Installed before Quarkus' authentication (see {@link #ORDER}).
 */
@ApplicationScoped
public class LoginThrottle {

    /**
     * Vert.x route order: Quarkus runs its security filters as routes ordered by minus their priority (CORS 300,
     * authentication 200, see {@code SecurityHandlerPriorities}), so -250 is after CORS and before authentication.
     */
    static final int ORDER = -250;
    static final String CODE = "TOO_MANY_LOGIN_ATTEMPTS";

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

    private final LeaderboardConfig.LoginLimit limit;
    private final LoginFailures failures;

    LoginThrottle(LeaderboardConfig config) {
        this.limit = config.loginLimit();
        this.failures = new LoginFailures(limit.maxFailures(), limit.window(), limit.coolDown(), limit.maxClients(), System::nanoTime);
    }

    void install(@Observes Router router) {
        if (limit.enabled()) {
            router.route().order(ORDER).handler(this::handle);
        }
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            ctx.next();
            return;
        }
        String client = client(request);
        Optional<Duration> wait = failures.blocked(client);
        if (wait.isPresent()) {
            tooManyAttempts(ctx, wait.get());
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() == 401 && failures.failed(client)) {
                LOG.warnf("%d failed logins from %s: its requests with credentials get 429 for %s", limit.maxFailures(), client,
                        limit.coolDown());
            }
        });
        ctx.next();
    }

    private void tooManyAttempts(RoutingContext ctx, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String message = "Too many failed logins from this address: try again in " + seconds + " s.";
        boolean graphql = ctx.request().path().startsWith("/graphql");
        ctx.response().setStatusCode(429)
                .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, graphql ? "application/json" : "text/plain;charset=UTF-8")
                .end(graphql
                        ? "{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"" + CODE + "\"}}]}"
                        : message + "\n");
    }

    /** The connection's address (or the proxy's client address, only when Quarkus is told to trust forwarding headers). */
    private static String client(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null || address.host() == null ? "unknown" : address.host();
    }

    /** Forgets every client (tests). */
    void clear() {
        failures.clear();
    }
}

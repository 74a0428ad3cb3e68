package org.llmleaderboard.web;

import io.quarkus.qute.TemplateGlobal;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fast path of reads: before the REST layer, a GET whose rendered answer is cached and current is
 * answered on the event loop, with no worker thread, transaction or template. Anything else goes on.
 * Also gives fingerprinted static assets a year of browser caching.
 * <p>
 * A request without credentials is answered right after the security headers and the request limits, before the
 * page time limit's timer, authentication and authorization (reads are public: for it they decide nothing), and
 * Quarkus' path-template matching for the metrics (the entry puts its template back). Those were most of a hit's
 * cost (BENCHMARKS.md). A request with an {@code Authorization} header still goes through authentication first (a
 * wrong password is a 401 and counts towards the login limit), and is answered from the cache after it.
 */
@ApplicationScoped
public class CachedPagesRoute {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** Right after {@link RequestLimitsRoute}, before {@link PageTimeLimitRoute} and Quarkus' security routes. */
    static final int ORDER = RequestLimitsRoute.ORDER + 1;

    void install(@Observes Router router, PageCache pages) {
        router.route().order(ORDER).handler(ctx -> {
            if (anonymous(ctx.request()) && pages.serve(ctx.request())) {
                return;
            }
            ctx.next();
        });
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(ctx -> {
            if (anonymous(ctx.request()) || !pages.serve(ctx.request())) {
                ctx.next();
            }
        });
        // Web jars carry their version in the path; our own assets are linked with ?v=<content hash>.
        router.routeWithRegex("/webjars/.*|/css/.*|/js/.*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1).handler(ctx -> {
            boolean fingerprinted = ctx.request().path().startsWith("/webjars/") || ctx.request().getParam("v") != null;
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() == 200) {
                    ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, fingerprinted ? IMMUTABLE : "no-cache");
                }
            });
            ctx.next();
        });
    }

    private static boolean anonymous(HttpServerRequest request) {
        return !request.headers().contains(HttpHeaders.AUTHORIZATION);
    }

    /** Links to our stylesheet: {@code /css/app.css?v={assetVersion}} changes whenever the file does. */
    @TemplateGlobal
    public static String assetVersion() {
        return AssetVersion.VALUE;
    }

    private static final class AssetVersion {
        static final String VALUE = hash("META-INF/resources/css/app.css");

        private static String hash(String resource) {
            try (InputStream in = CachedPagesRoute.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return "0";
                }
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                return HexFormat.of().formatHex(digest, 0, 6);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

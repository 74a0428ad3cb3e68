package org.llmleaderboard.web;

import io.quarkus.qute.TemplateGlobal;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
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
 */
@ApplicationScoped
public class CachedPagesRoute {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    void install(@Observes Router router, PageCache pages) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(ctx -> {
            if (!pages.serve(ctx.request())) {
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

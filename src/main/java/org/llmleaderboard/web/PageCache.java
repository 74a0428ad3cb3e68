package org.llmleaderboard.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.service.DataVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered pages and exports, kept per request shape and data version, so that reads do not touch the
 * database or the template engine. A resource renders on a miss through {@link #respond}; later
 * requests of the same shape are answered by {@link CachedPagesRoute} on the event loop, with the body
 * gzipped once (for clients that accept gzip) and an {@code ETag} that answers {@code 304}.
 * <p>
 * The key is the raw path and query plus the htmx headers that select a fragment; an entry is valid
 * while {@link DataVersion#current()} is the version it was rendered at. Bounded by bytes.
 */
@ApplicationScoped
public class PageCache {

    /** The request headers a cached answer varies by. */
    static final String VARY = "Accept-Encoding, HX-Request, HX-Target, HX-History-Restore-Request";
    /** Pages may be kept by browsers but must be revalidated (a cheap 304 while the data is unchanged). */
    static final String CACHE_CONTROL = "no-cache";

    /**
     * Where Quarkus keeps the matched REST path template ({@code /models/{lab}/{model}}) for the HTTP metrics' {@code uri}
     * tag: a local of the request's Vert.x context (quarkus-rest's ObservabilityUtil). A hit is answered before that
     * template is computed, so the entry keeps the one of its render and puts it back: the metrics stay as they were.
     */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    // Header names and constant values as pre-encoded ASCII: a hit sets them without hashing or encoding strings.
    private static final CharSequence VARY_VALUE = HttpHeaders.createOptimized(VARY);
    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized(CACHE_CONTROL);
    private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");
    private static final CharSequence CONTENT_DISPOSITION = HttpHeaders.createOptimized("Content-Disposition");

    /**
     * One rendered answer: its body as is and gzipped, shared read-only between requests; its headers pre-encoded. A
     * download kept gzipped only ({@link #download}) has no {@code identity}.
     */
    record Entry(long version, CharSequence contentType, Buffer identity, Buffer gzip, CharSequence etag, CharSequence gzipEtag,
            CharSequence contentDisposition, String template) {
        int weight() {
            return (identity == null ? 0 : identity.length()) + gzip.length() + 200;
        }
    }

    /** Writes a body to a stream (a download, written as it is read). */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private final DataVersion dataVersion;
    private final CurrentVertxRequest current;
    private final boolean enabled;
    private final ByteBoundedLru<String, Entry> entries;
    /** Renders in progress, by data version and key. */
    private final SingleFlight<String, Entry> renders;

    PageCache(DataVersion dataVersion, CurrentVertxRequest current, LeaderboardConfig config) {
        this.dataVersion = dataVersion;
        this.current = current;
        this.enabled = config.cache().enabled();
        this.entries = new ByteBoundedLru<>(config.cache().maxBytes(), Entry::weight);
        this.renders = new SingleFlight<>(config.limits().pageTimeout());
    }

    /** The cache key of a request: method, raw URI, and the htmx headers that pick a fragment. */
    static String key(HttpServerRequest request) {
        MultiMap h = request.headers();
        return request.uri() + '\n' + nullToEmpty(h.get(Htmx.REQUEST)) + '\n' + nullToEmpty(h.get(Htmx.TARGET)) + '\n'
                + nullToEmpty(h.get(Htmx.HISTORY_RESTORE_REQUEST));
    }

    /**
     * Answers from the cache on the event loop; false when there is no valid entry (the request then
     * goes on to its resource, which renders and stores it).
     */
    boolean serve(HttpServerRequest request) {
        if (!enabled || request.method() != HttpMethod.GET) {
            return false;
        }
        Entry e = entries.get(key(request));
        if (e == null || e.version() != dataVersion.current()) {
            return false;
        }
        if (e.template() != null && request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(URL_PATH_TEMPLATE, e.template());
        }
        boolean gzip = acceptsGzip(request.headers().get(HttpHeaders.ACCEPT_ENCODING));
        if (!gzip && e.identity() == null) {
            return false; // kept gzipped only: its resource inflates it on a worker thread
        }
        CharSequence etag = gzip ? e.gzipEtag() : e.etag();
        HttpServerResponse response = request.response();
        MultiMap out = response.headers();
        out.set(HttpHeaders.ETAG, etag);
        out.set(HttpHeaders.VARY, VARY_VALUE);
        out.set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        if (notModified(request.headers().get(HttpHeaders.IF_NONE_MATCH), etag.toString())) {
            response.setStatusCode(304).end();
            return true;
        }
        out.set(HttpHeaders.CONTENT_TYPE, e.contentType());
        if (e.contentDisposition() != null) {
            out.set(CONTENT_DISPOSITION, e.contentDisposition());
        }
        if (gzip) {
            out.set(HttpHeaders.CONTENT_ENCODING, GZIP);
            response.end(e.gzip());
        } else {
            out.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
            response.end(e.identity());
        }
        return true;
    }

    /** Renders (on a miss), stores, and answers: 200 with the body, or 304 when the client has it. */
    public Response respond(String contentType, Supplier<String> render) {
        return respond(contentType, null, render);
    }

    /** As {@link #respond(String, Supplier)}, for a download named by {@code Content-Disposition}. */
    public Response respond(String contentType, String contentDisposition, Supplier<String> render) {
        HttpServerRequest request = current.getCurrent().request();
        // The version is read before rendering: a write that commits meanwhile makes this entry stale, never wrong.
        long version = dataVersion.current();
        Supplier<Entry> rendered = () -> entry(version, contentType, contentDisposition, render.get(), template(request));
        Entry e = keeps(request, version) ? shared(key(request), version, rendered) : rendered.get();
        return answer(request, e, contentType, contentDisposition);
    }

    /**
     * As {@link #respond(String, String, Supplier)}, for a download too large to keep as text but small gzipped (the
     * bundled data's view export: 2.0 MB of JSON, 140 KB gzipped): written once per data version straight into gzip,
     * never whole as text, and kept that way only. A client that does not take gzip gets it inflated as it is sent.
     * When {@code keep} is false (a download too large even gzipped) or the cache is off, the body is streamed as it
     * is written, with {@link #conditional}'s tag.
     */
    public Response download(String contentType, String contentDisposition, BodyWriter body, boolean keep) {
        HttpServerRequest request = current.getCurrent().request();
        long version = dataVersion.current();
        if (!keep || !keeps(request, version)) {
            StreamingOutput streamed = body::write;
            return conditional(() -> contentDisposition == null ? Response.ok(streamed, contentType)
                    : Response.ok(streamed, contentType).header("Content-Disposition", contentDisposition));
        }
        Entry e = shared(key(request), version, () -> gzippedEntry(version, contentType, contentDisposition, body, template(request)));
        return answer(request, e, contentType, contentDisposition);
    }

    private boolean keeps(HttpServerRequest request, long version) {
        return enabled && version >= 0 && request.method() == HttpMethod.GET;
    }

    /** 200 with the entry's body (gzipped when the client takes it), or 304 when the client has it. */
    private static Response answer(HttpServerRequest request, Entry e, String contentType, String contentDisposition) {
        boolean gzip = acceptsGzip(request.headers().get(HttpHeaders.ACCEPT_ENCODING));
        String etag = (gzip ? e.gzipEtag() : e.etag()).toString();
        Response.ResponseBuilder answer = notModified(request.headers().get(HttpHeaders.IF_NONE_MATCH), etag)
                ? Response.notModified()
                : Response.ok(gzip ? e.gzip().getBytes() : identity(e), contentType)
                        .header(HttpHeaders.CONTENT_ENCODING.toString(), gzip ? "gzip" : "identity");
        if (contentDisposition != null) {
            answer.header("Content-Disposition", contentDisposition);
        }
        return answer.header(HttpHeaders.ETAG.toString(), etag)
                .header(HttpHeaders.VARY.toString(), VARY)
                .header(HttpHeaders.CACHE_CONTROL.toString(), CACHE_CONTROL)
                .build();
    }

    /**
     * The entry of a key at a version, rendered once: a request that passed {@link CachedPagesRoute} before the entry
     * was stored uses it, and one that finds the same page being rendered waits for that render ({@link SingleFlight}).
     */
    private Entry shared(String key, long version, Supplier<Entry> render) {
        Entry cached = entries.get(key);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        return renders.run(version + "\n" + key, () -> {
            Entry e = render.get();
            entries.put(key, e);
            return e;
        });
    }

    /**
     * For answers too large to keep (exports, streamed): an {@code ETag} made of the data version and
     * the request, and {@code 304} when the client already has it.
     */
    public Response conditional(Supplier<Response.ResponseBuilder> ok) {
        HttpServerRequest request = current.getCurrent().request();
        long version = dataVersion.current();
        if (version < 0) {
            return ok.get().build();
        }
        String etag = "\"v" + version + "-" + hash(key(request).getBytes(StandardCharsets.UTF_8)) + '"';
        if (notModified(request.headers().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG.toString(), etag).build();
        }
        return ok.get().header(HttpHeaders.ETAG.toString(), etag).header(HttpHeaders.CACHE_CONTROL.toString(), CACHE_CONTROL)
                .header(HttpHeaders.VARY.toString(), "Accept-Encoding").build();
    }

    /** Drops every entry (entries of old versions also expire by themselves; this frees their memory). */
    public void clear() {
        entries.clear();
    }

    long size() {
        return entries.size();
    }

    /** The body as is: the kept bytes, or for an entry kept gzipped only, inflated while it is written. */
    private static Object identity(Entry e) {
        if (e.identity() != null) {
            return e.identity().getBytes();
        }
        return Gzip.inflated(e.gzip().getBytes());
    }

    private static Entry gzippedEntry(long version, String contentType, String contentDisposition, BodyWriter body, String template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (GZIPOutputStream gz = Gzip.to(out)) {
            body.write(gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] gzip = out.toByteArray();
        String hash = hash(gzip);
        return new Entry(version, HttpHeaders.createOptimized(contentType), null, Buffer.buffer(gzip),
                HttpHeaders.createOptimized('"' + hash + '"'), HttpHeaders.createOptimized("\"" + hash + "-gz\""),
                contentDisposition == null ? null : HttpHeaders.createOptimized(contentDisposition), template);
    }

    private static Entry entry(long version, String contentType, String contentDisposition, String body, String template) {
        byte[] identity = body.getBytes(StandardCharsets.UTF_8);
        byte[] gzip = Gzip.bytes(identity);
        String hash = hash(identity);
        return new Entry(version, HttpHeaders.createOptimized(contentType), Buffer.buffer(identity), Buffer.buffer(gzip),
                HttpHeaders.createOptimized('"' + hash + '"'), HttpHeaders.createOptimized("\"" + hash + "-gz\""),
                contentDisposition == null ? null : HttpHeaders.createOptimized(contentDisposition), template);
    }

    /** The REST path template Quarkus matched for this request (null when metrics or REST observability are off). */
    private static String template(HttpServerRequest request) {
        return request instanceof HttpServerRequestInternal internal && internal.context().getLocal(URL_PATH_TEMPLATE) instanceof String t
                ? t : null;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] codingAndParams = part.trim().split(";");
            String coding = codingAndParams[0].trim();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                for (int i = 1; i < codingAndParams.length; i++) {
                    String p = codingAndParams[i].replace(" ", "");
                    if (p.equals("q=0") || p.equals("q=0.0") || p.equals("q=0.00") || p.equals("q=0.000")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** {@code If-None-Match} holds this tag (or {@code *}); weak comparison, as RFC 9110 asks for GET. */
    static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package org.llmleaderboard.graphql.http;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.service.DataVersion;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers of {@code /graphql} kept per request and data version, as {@code web.PageCache} keeps pages: an entry is
 * valid while {@link DataVersion#current()} is the version read before the query ran, so every write (on any
 * instance) makes the next answer fresh. Kept: anonymous queries whose answer is complete (data, no errors, 200);
 * never a mutation, a request with credentials (the editor may see more), or a refused one. A hit is answered on the
 * event loop ({@link CachedAnswers}), with no parse, cost, execution or statement. Bounded by bytes.
 */
@ApplicationScoped
public class GraphQLResponseCache {

    /** One answer as sent: its media type, bytes and strong {@code ETag} (a hash of the bytes). */
    record Entry(long version, String contentType, Buffer body, String etag) {
    }

    private final DataVersion dataVersion;
    private final boolean enabled;
    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    GraphQLResponseCache(DataVersion dataVersion, LeaderboardConfig config) {
        this.dataVersion = dataVersion;
        this.enabled = config.cache().enabled() && config.graphql().cacheMaxBytes() > 0;
        this.maxBytes = config.graphql().cacheMaxBytes();
    }

    boolean enabled() {
        return enabled;
    }

    /** The version to store an answer under: read before the query runs, so a write meanwhile makes it stale, never wrong. */
    long version() {
        return dataVersion.current();
    }

    /**
     * The key of a request answered in {@code type}: normalised document, operation, canonical variables and
     * extensions (whatever the execution may read), media type.
     */
    static String key(GraphQLRequest request, String type) {
        return DocumentKey.normalise(request.query()) + '\n' + (request.operationName() == null ? "" : request.operationName())
                + '\n' + DocumentKey.canonical(request.variables()) + '\n' + DocumentKey.canonical(request.extensions())
                + '\n' + type;
    }

    /**
     * Whether a request may be answered from, or stored in, the cache: no credentials. The only login is HTTP Basic;
     * a cookie of Quarkus' form login is checked too, so that turning it on cannot leak an editor's answer.
     */
    static boolean anonymous(HttpServerRequest request) {
        if (request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        return cookies == null || !cookies.contains("quarkus-credential");
    }

    /** The current entry for the key, or null. */
    Entry get(String key) {
        Entry e;
        synchronized (this) {
            e = entries.get(key);
        }
        return e != null && e.version() == dataVersion.current() ? e : null;
    }

    /** Makes the entry of an answer (its ETag), and keeps it when its version is still a real one. */
    Entry put(String key, long version, String contentType, byte[] body) {
        Entry e = new Entry(version, contentType, Buffer.buffer(body), '"' + hash(body) + '"');
        long weight = weight(key, e);
        if (version < 0 || weight > maxBytes) {
            return e;
        }
        synchronized (this) {
            Entry old = entries.put(key, e);
            bytes += weight - (old == null ? 0 : weight(key, old));
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                Map.Entry<String, Entry> next = eldest.next();
                bytes -= weight(next.getKey(), next.getValue());
                eldest.remove();
            }
        }
        return e;
    }

    /** Drops every entry (entries of old versions also expire by themselves). */
    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    synchronized int size() {
        return entries.size();
    }

    /** Sends an entry: 200 with its bytes, or 304 when the client's {@code If-None-Match} names its ETag. */
    static void send(HttpServerRequest request, Entry e) {
        HttpServerResponse response = request.response();
        MultiMap out = response.headers();
        out.set(HttpHeaders.ETAG, e.etag());
        out.set(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH), e.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        out.set(HttpHeaders.CONTENT_TYPE, e.contentType());
        response.setStatusCode(200).end(e.body());
    }

    /** {@code If-None-Match} holds this tag (or {@code *}); weak comparison, as for a GET. */
    private static boolean notModified(String ifNoneMatch, String etag) {
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

    private static long weight(String key, Entry e) {
        return 2L * key.length() + e.body().length() + 200;
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

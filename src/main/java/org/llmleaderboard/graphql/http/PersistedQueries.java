package org.llmleaderboard.graphql.http;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Automatic persisted queries, Apollo's protocol: a client sends {@code extensions.persistedQuery.sha256Hash} without
 * the query; an unknown hash is answered {@code PERSISTED_QUERY_NOT_FOUND}, and the client sends it again with the
 * query, which is kept under its hash (checked) for the next time. A persisted query is then an ordinary request: it is
 * costed, validated and cached as if its text had been sent. Kept per instance, least recently used first out, bounded
 * by characters.
 */
final class PersistedQueries {

    /** A persisted-query request this cannot answer: its error code and message. */
    static final class Refused extends Exception {
        final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    private final long maxChars;
    private final LinkedHashMap<String, String> documents = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    PersistedQueries(long maxChars) {
        this.maxChars = maxChars;
    }

    /** The hash a request names, or null when it is not a persisted-query request. */
    static String hashOf(GraphQLRequest request) {
        JsonObject extensions = request.extensions();
        if (extensions != null && extensions.get("persistedQuery") instanceof JsonObject persisted
                && persisted.get("sha256Hash") instanceof JsonString hash) {
            return hash.getString().toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    /** The document kept under a hash, or null. */
    synchronized String get(String hash) {
        return documents.get(hash);
    }

    /** The request with its document: looked up by hash when it has none, kept when it has one (and its hash fits). */
    GraphQLRequest resolve(GraphQLRequest request) throws Refused {
        String hash = hashOf(request);
        if (hash == null && request.query() == null) {
            throw new Refused("BAD_REQUEST", "`extensions.persistedQuery` needs a `sha256Hash` string, or send the `query`.");
        }
        if (hash == null) {
            return request;
        }
        if (request.query() == null) {
            String document = get(hash);
            if (document == null) {
                throw new Refused("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
            }
            return request.withQuery(document);
        }
        if (!hash.equals(sha256(request.query()))) {
            throw new Refused("BAD_REQUEST", "The persistedQuery sha256Hash is not the SHA-256 of the query.");
        }
        put(hash, request.query());
        return request;
    }

    private synchronized void put(String hash, String document) {
        if (document.length() > maxChars || documents.containsKey(hash)) {
            return;
        }
        documents.put(hash, document);
        chars += document.length();
        Iterator<Map.Entry<String, String>> eldest = documents.entrySet().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            chars -= eldest.next().getValue().length();
            eldest.remove();
        }
    }

    static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

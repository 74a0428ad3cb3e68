package org.llmleaderboard.graphql.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts of a {@code /graphql} request both its handler and the cache's look-up read: media types and parameters. */
final class HttpParts {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";

    private HttpParts() {
    }

    /** The media type to answer in, from the Accept header (in order of preference); null when none fits. */
    static String responseType(RoutingContext ctx) {
        List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return JSON;
        }
        for (MIMEHeader h : accepted) {
            String value = h.value().toLowerCase(Locale.ROOT);
            if (value.equals(GRAPHQL_RESPONSE_JSON)) {
                return GRAPHQL_RESPONSE_JSON;
            }
            if (value.equals(JSON) || value.equals("*/*") || value.equals("application/*")) {
                return JSON;
            }
        }
        return null;
    }

    /** Whether the request body is declared as JSON in UTF-8 (the only body {@code /graphql} takes). */
    static boolean jsonBody(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        // Not split(";")[0]: a header of only semicolons (";;;") splits into no parts at all, and [0] was an
        // ArrayIndexOutOfBoundsException, a 500 (FuzzTest). Everything before the first ';' is the media type.
        int semicolon = contentType == null ? -1 : contentType.indexOf(';');
        String mediaType = contentType == null ? ""
                : (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        String charset = charset(contentType);
        return mediaType.equals(JSON) && (charset == null || charset.equals("utf-8"));
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "");
            }
        }
        return null;
    }

    static Map<String, List<String>> queryParameters(RoutingContext ctx) {
        Map<String, List<String>> out = new HashMap<>();
        ctx.queryParams().forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }
}

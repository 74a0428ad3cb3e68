package org.llmleaderboard.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Strips control characters from the URL before any resource reads a parameter — the one place for all web
 * parameters (leaderboard, lab and architecture pages, exports, {@code /api/models}), so that {@code ?q=%00} cannot put a
 * raw NUL into a page, a notice or an error message. Removed: C0 (NUL included), DEL and C1 (U+0080–U+009F, in UTF-8
 * {@code %C2%80}–{@code %C2%9F}); tab, line feed and carriage return become a space, which the parameters' trimming
 * then handles (no parameter of ours is multi-line). A raw control character cannot reach us: Vert.x refuses it in
 * the request line. {@code /graphql} is not a REST resource and keeps its own input rules.
 */
public class ControlCharacters {

    private static final Pattern WHITESPACE = Pattern.compile("%0[9AaDd]");
    private static final Pattern CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff]|[Cc]2%[89][0-9A-Fa-f])");

    /** The %-encoded text without encoded control characters; unchanged (the same instance) when it has none. */
    static String strip(String encoded) {
        if (encoded == null || encoded.indexOf('%') < 0) {
            return encoded;
        }
        String spaced = WHITESPACE.matcher(encoded).replaceAll("+");
        return CONTROL.matcher(spaced).replaceAll("");
    }

    /** Runs before resource matching, so that the path and every query parameter are read clean. */
    @ServerRequestFilter(preMatching = true)
    public void clean(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String query = uri.getRawQuery();
        String path = uri.getRawPath();
        String cleanQuery = ControlCharacters.strip(query);
        // In a path a tab or line break is no separator either: dropped, not turned into '+'.
        String cleanPath = path == null || path.indexOf('%') < 0 ? path : CONTROL.matcher(WHITESPACE.matcher(path).replaceAll("")).replaceAll("");
        if (!java.util.Objects.equals(query, cleanQuery) || !java.util.Objects.equals(path, cleanPath)) {
            StringBuilder clean = new StringBuilder();
            clean.append(uri.getScheme()).append("://").append(uri.getRawAuthority()).append(cleanPath);
            if (cleanQuery != null) {
                clean.append('?').append(cleanQuery);
            }
            request.setRequestUri(URI.create(clean.toString()));
        }
    }
}

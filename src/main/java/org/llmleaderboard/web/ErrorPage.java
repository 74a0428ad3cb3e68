package org.llmleaderboard.web;

/**
 * What went wrong, in plain words, and where to go from here: one record for every error the app answers
 * itself (404, 400, 414, 431), rendered as a page in the site's layout, as the results region for htmx, or
 * as JSON for {@code /api/*} and {@code /graphql} (see {@link ErrorResponses}).
 *
 * @param status    the HTTP status
 * @param code      a stable machine-readable code for the JSON answers ({@code NOT_FOUND}, {@code BAD_USER_INPUT}, …)
 * @param parameter the query parameter at fault, or null
 * @param title     a short heading ("Not found")
 * @param message   one or two sentences saying what went wrong, without framework text
 * @param backHref  where the link back goes
 * @param backLabel the link's words
 */
public record ErrorPage(int status, String code, String parameter, String title, String message, String backHref,
        String backLabel) {

    static final String HOME = "/";
    static final String HOME_LABEL = "Back to the leaderboard";

    public static ErrorPage notFound(String message) {
        return new ErrorPage(404, "NOT_FOUND", null, "Not found", message, HOME, HOME_LABEL);
    }

    /** A parameter the page cannot read (a page number that is no number, a search too long). */
    public static ErrorPage badParameter(String parameter, String message, String backHref) {
        return new ErrorPage(400, "BAD_USER_INPUT", parameter, "Bad request", message, backHref,
                HOME.equals(backHref) ? HOME_LABEL : "Back to the page without it");
    }

    /** The URL is longer than the app reads; most often a search far too long. */
    public static ErrorPage uriTooLong(int limit, String backHref) {
        return new ErrorPage(414, "URI_TOO_LONG", null, "Address too long",
                "This address is longer than " + limit + " characters, more than this site reads. "
                        + "If you were searching, use fewer words: a search may be at most " + org.llmleaderboard.web.view.LeaderboardState.MAX_QUERY_LENGTH + " characters.",
                backHref, HOME.equals(backHref) ? HOME_LABEL : "Back to the page without the parameters");
    }

    /** The page took longer than the time limit to build; its work was stopped. */
    public static ErrorPage timedOut(long limitMillis) {
        return new ErrorPage(503, "TIME_LIMIT_EXCEEDED", null, "This page took too long",
                "Building this page took longer than " + limitMillis + " ms, the limit of this site, so it was stopped. "
                        + "Try again in a moment, or narrow the filters.",
                HOME, HOME_LABEL);
    }

    /** The request's headers are larger than the app reads; most often too many or too large cookies. */
    public static ErrorPage headersTooLarge(int limit) {
        return new ErrorPage(431, "HEADERS_TOO_LARGE", null, "Request headers too large",
                "Your browser sent more than " + limit / 1024 + " KB of request headers, more than this site reads. "
                        + "Clearing this site's cookies usually fixes it.",
                HOME, HOME_LABEL);
    }

    /** The address is no valid URL: a broken %-escape ({@code %zz}, a lone {@code %}) or a character URLs may not hold. */
    public static ErrorPage badAddress() {
        return new ErrorPage(400, "BAD_URL", null, "This address is not a valid URL",
                "The address has a broken %-escape (a % must be followed by two hexadecimal digits, such as %20) or a "
                        + "character that addresses may not contain, such as < or >. If you typed it, check it; in a "
                        + "search, the search box encodes these characters for you.",
                HOME, HOME_LABEL);
    }

    /** The REST layer refused the request itself: a method this address does not answer, a type it does not read. */
    public static ErrorPage clientError(int status, String method) {
        if (status == 405) {
            return new ErrorPage(405, "METHOD_NOT_ALLOWED", null, "Method not allowed",
                    "This address does not answer " + method + " requests. Pages are read with GET; edits go through "
                            + "the admin pages or the GraphQL API.",
                    HOME, HOME_LABEL);
        }
        if (status == 406) {
            return new ErrorPage(406, "NOT_ACCEPTABLE", null, "Not acceptable",
                    "This address cannot answer in any of the media types the request's Accept header asks for.",
                    HOME, HOME_LABEL);
        }
        if (status == 415) {
            return new ErrorPage(415, "UNSUPPORTED_MEDIA_TYPE", null, "Unsupported media type",
                    "This address does not read a request body of that Content-Type.", HOME, HOME_LABEL);
        }
        return new ErrorPage(status, "BAD_REQUEST", null, "Bad request",
                "The request could not be read. Check the address and its parameters.", HOME, HOME_LABEL);
    }
}

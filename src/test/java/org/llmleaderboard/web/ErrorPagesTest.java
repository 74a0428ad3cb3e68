package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Errors for people: every error the app answers itself is a page in the site's layout saying what went wrong with
 * a link back (or, for htmx, the results region), and JSON for {@code /api/*} and {@code /graphql} — never framework
 * text or an empty body.
 */
@QuarkusTest
class ErrorPagesTest {

    /** A search far longer than the 4096-character URL limit: what a pasted text in the search box sends. */
    static final String LONG_SEARCH = "a".repeat(9000);
    static final String LARGE_HEADER = "x".repeat(10_000);

    /** The layout's marks, and none of the framework's words. */
    private static ValidatableResponse inLayout(ValidatableResponse r) {
        return r.contentType(containsString("text/html"))
                .body(allOf(containsString("<!DOCTYPE html>"), containsString("class=\"site-header\""), containsString("class=\"site-footer\""),
                        containsString("Back to the leaderboard")))
                .body(not(containsString("Unable to find matching")))
                .body(not(containsString("Exception")))
                .body(not(containsString("RESTEASY")));
    }

    @Test
    void shouldAnswerAnUnknownUrlWithTheNotFoundPageInTheLayout() {
        for (String path : new String[] { "/nonexistent", "/models", "/labs/openai/extra/segments", "/favicon.ico", "/webjars/nope.js" }) {
            inLayout(given().when().get(path).then().statusCode(404))
                    .body(containsString("<title>Not found · LLM Leaderboard</title>"))
                    .body(containsString("<h1>Not found</h1>"))
                    .body(containsString("There is no page at this address."));
        }
    }

    @Test
    void shouldNameTheMissingThingOnTheNotFoundPage() {
        inLayout(given().when().get("/labs/nobody").then().statusCode(404)).body(containsString("No lab nobody."));
    }

    @Test
    void shouldAnswerUnknownApiAndGraphQlPathsWithJson() {
        given().when().get("/api/nope").then().statusCode(404).contentType(containsString("application/json"))
                .body("code", equalTo("NOT_FOUND")).body("parameter", nullValue()).body("message", equalTo("There is no page at this address."));
        given().when().get("/graphql/nope").then().statusCode(404).contentType(containsString("application/json"))
                .body("errors[0].message", equalTo("There is no page at this address."))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void shouldAnswerATooLongUrlWithThe414PageInTheLayout() {
        inLayout(given().urlEncodingEnabled(false).when().get("/?q=" + LONG_SEARCH).then().statusCode(414))
                .body(containsString("<h1>Address too long</h1>"))
                .body(containsString("longer than 4096 characters"))
                .body(containsString("a search may be at most 200 characters"));
        // Far longer, but under Vert.x's own 64 KB limit: still the page, not Vert.x's empty answer.
        inLayout(given().urlEncodingEnabled(false).when().get("/?q=" + "c".repeat(50_000)).then().statusCode(414))
                .body(containsString("<h1>Address too long</h1>"));
        // On another page the link goes back to that page, without the parameters.
        given().urlEncodingEnabled(false).when().get("/labs/openai?q=" + LONG_SEARCH).then().statusCode(414)
                .body(containsString("href=\"/labs/openai\""));
    }

    @Test
    void shouldAnswerATooLongUrlOfTheApiAndGraphQlWithJson() {
        given().urlEncodingEnabled(false).when().get("/api/models?q=" + LONG_SEARCH).then().statusCode(414)
                .contentType(containsString("application/json")).body("code", equalTo("URI_TOO_LONG"))
                .body("message", containsString("longer than 4096 characters"));
        given().urlEncodingEnabled(false).when().get("/graphql?query=" + LONG_SEARCH).then().statusCode(414)
                .contentType(containsString("application/json")).body("errors[0].extensions.code", equalTo("URI_TOO_LONG"));
    }

    @Test
    void shouldAnswerTooLargeHeadersWithThe431PageInTheLayout() {
        inLayout(given().header("X-Large", LARGE_HEADER).when().get("/").then().statusCode(431))
                .body(containsString("<h1>Request headers too large</h1>"))
                .body(containsString("cookies"));
        given().header("X-Large", LARGE_HEADER).when().get("/api/models").then().statusCode(431)
                .contentType(containsString("application/json")).body("code", equalTo("HEADERS_TOO_LARGE"));
        given().header("X-Large", LARGE_HEADER).contentType("application/json").body("{\"query\":\"{ stats { models } }\"}")
                .when().post("/graphql").then().statusCode(431)
                .contentType(containsString("application/json")).body("errors[0].extensions.code", equalTo("HEADERS_TOO_LARGE"));
    }

    @Test
    void shouldAnswerAMalformedParameterWithThe400PageInTheLayout() {
        inLayout(given().when().get("/?page=abc").then().statusCode(400))
                .body(containsString("<h1>Bad request</h1>"))
                .body(containsString("&#39;abc&#39; is not a page number"));
        for (String query : new String[] { "page=0", "page=-3", "page=2.5", "page=99999999999", "dir=sideways", "families=all" }) {
            inLayout(given().when().get("/?" + query).then().statusCode(400)).body(containsString("<h1>Bad request</h1>"));
        }
        inLayout(given().when().get("/labs/openai?dir=up").then().statusCode(400))
                .body(containsString("The sort direction must be asc or desc, not &#39;up&#39;."))
                .body(containsString("href=\"/labs/openai\""));
    }

    @Test
    void shouldAnswerABrokenPercentEscapeWithThe400PageInTheLayout() throws java.io.IOException {
        // Clients refuse to send such URLs, so over a socket. Quarkus's own check would answer an empty 400 before any
        // route runs; LeaderboardMain switches it off so that RequestLimitsRoute says what is wrong.
        for (String target : new String[] { "/?q=%zz", "/?q=a%", "/export.csv?q=%z", "/models/%zz", "/labs/%ZZabc", "/?q=<x>" }) {
            String answer = rawGet(target);
            assertTrue(answer.startsWith("HTTP/1.1 400"), target + ": " + answer.lines().findFirst().orElse(""));
            assertTrue(answer.contains("<h1>This address is not a valid URL</h1>"), target + ": " + answer);
            assertTrue(answer.contains("class=\"site-header\"") && answer.contains("Back to the leaderboard"), target);
            assertTrue(!answer.contains("Exception"), answer);
        }
    }

    @Test
    void shouldAnswerABrokenPercentEscapeOfTheApiAndGraphQlWithJson() throws java.io.IOException {
        String api = rawGet("/api/models?q=%E0%A4%A");
        assertTrue(api.startsWith("HTTP/1.1 400") && api.contains("\"code\":\"BAD_URL\""), api);
        String graphql = rawGet("/graphql?query=%");
        assertTrue(graphql.startsWith("HTTP/1.1 400") && graphql.contains("\"code\":\"BAD_URL\""), graphql);
    }

    @Test
    void shouldAnswerAMethodAPageDoesNotServeWith405InTheLayout() {
        inLayout(given().when().post("/").then().statusCode(405))
                .body(containsString("<h1>Method not allowed</h1>"))
                .body(containsString("This address does not answer POST requests."));
        given().when().delete("/api/models").then().statusCode(405).contentType(containsString("application/json"))
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    /** The raw answer (status line, headers, body) to a GET of a target sent as is. */
    static String rawGet(String target) throws java.io.IOException {
        java.net.URI base = java.net.URI.create(io.restassured.RestAssured.baseURI);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), io.restassured.RestAssured.port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldRefuseASearchLongerThanTheSearchBoxAllowsWithAClearMessage() {
        String search = "b".repeat(300);
        inLayout(given().when().get("/?q=" + search).then().statusCode(400))
                .body(containsString("Your search is 300 characters long; a search may be at most 200 characters."));
        // The search box says how long a search may be.
        given().when().get("/").then().statusCode(200).body(containsString("maxlength=\"200\""));
    }

    @Test
    void shouldAnswerHtmxWithTheMessageInTheResultsRegion() {
        for (String query : new String[] { "q=" + "b".repeat(300), "q=" + LONG_SEARCH, "page=abc" }) {
            given().urlEncodingEnabled(false).header("HX-Request", "true").when().get("/?" + query).then()
                    .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(414)))
                    .header("HX-Retarget", "#results").header("HX-Reswap", "outerHTML").header("HX-Push-Url", "false")
                    .body(containsString("<section id=\"results\""))
                    .body(containsString("role=\"alert\""))
                    .body(not(containsString("<html")));
        }
    }

    @Test
    void shouldKeepTheApisOwnErrorShapeForItsBadValues() {
        given().when().get("/api/models?first=abc").then().statusCode(400).contentType(containsString("application/json"))
                .body("code", equalTo("BAD_USER_INPUT")).body("parameter", equalTo("first"));
    }
}

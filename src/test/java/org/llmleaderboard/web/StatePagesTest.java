package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every view of the leaderboard is in its URL, the rows "Show 100 more" added included ({@code more}), so that a reload
 * or Back renders it from the URL alone; and the pages that show data listen for changes.
 */
@QuarkusTest
class StatePagesTest {

    private static ValidatableResponse page(String path) {
        return given().when().get(path).then().statusCode(200).contentType(containsString("text/html"));
    }

    private static List<Integer> ranks(String html) {
        Matcher m = Pattern.compile("<td class=\"rank\">(\\d+)</td>").matcher(html);
        List<Integer> ranks = new ArrayList<>();
        while (m.find()) {
            ranks.add(Integer.parseInt(m.group(1)));
        }
        return ranks;
    }

    private static List<String> names(String html) {
        Matcher m = Pattern.compile("<td class=\"name\"><a href=\"[^\"]*\">([^<]*)</a>").matcher(html);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void shouldRenderThePageAndEveryLoadedRowWhenTheUrlSaysMore() {
        String html = page("/?more=2").body(containsString("Showing 300 of 738 models")).extract().asString();
        assertEquals(IntStream.rangeClosed(1, 300).boxed().toList(), ranks(html));
        List<String> pages = new ArrayList<>(names(page("/").extract().asString()));
        pages.addAll(names(page("/?page=2").extract().asString()));
        pages.addAll(names(page("/?page=3").extract().asString()));
        assertEquals(pages, names(html), "the same rows as pages 1 to 3, in order");
        // The next "more" pushes the view with one page more; without JavaScript the link is the next page.
        assertTrue(html.contains("href=\"/?page=4\" hx-get=\"/?more=3\" hx-target=\"#more-row\" hx-swap=\"outerHTML\" hx-push-url=\"true\""),
                "more link");
    }

    @Test
    void shouldAnswerTheMoreRowWithTheLastLoadedPageAlone() {
        String html = given().header("HX-Request", "true").header("HX-Target", "more-row").when()
                .get("/?sort=name&dir=asc&more=1").then().statusCode(200).extract().asString();
        assertTrue(html.trim().startsWith("<tr>"), "rows to append");
        assertEquals(IntStream.rangeClosed(101, 200).boxed().toList(), ranks(html));
        assertTrue(html.contains("Showing 200 of 738 models"), "count updated out of band");
        assertTrue(html.contains("hx-get=\"/?sort=name&amp;dir=asc&amp;more=2\""), "the next 'more' keeps the sort");
        assertEquals(names(page("/?sort=name&dir=asc&page=2").extract().asString()), names(html));
    }

    @Test
    void shouldStopAppendingAtFiveHundredRowsAndOfferTheNextPage() {
        String html = page("/?page=2&more=4").body(containsString("Showing 101–600 of 738 models"))
                .body(not(containsString("id=\"more-row\"")))
                .body(containsString("rel=\"next\" href=\"/?page=7\""))
                .body(containsString("rel=\"prev\" href=\"/\""))
                .extract().asString();
        assertEquals(IntStream.rangeClosed(101, 600).boxed().toList(), ranks(html));
        // Past the last row: what is left, and no "more".
        String end = page("/?page=7&more=3").body(not(containsString("id=\"more-row\""))).extract().asString();
        assertEquals(IntStream.rangeClosed(601, 738).boxed().toList(), ranks(end));
    }

    @Test
    void shouldRefuseAMoreThatIsNoWholeNumberOfPagesFromZeroToFour() {
        for (String more : new String[] { "5", "-1", "abc", "1.5" }) {
            given().when().get("/?more=" + more).then().statusCode(400).contentType(containsString("text/html"))
                    .body(containsString("more is the number of pages of rows shown after the first"))
                    .body(containsString("<nav class=\"nav\""));
        }
        given().when().get("/labs/openai?more=9").then().statusCode(400);
    }

    @Test
    void shouldListenForDataChangesOnTheLeaderboardAndModelPagesOnly() {
        for (String path : new String[] { "/", "/?sort=name&dir=asc&more=1", "/models/deepseek-ai/deepseek-r2" }) {
            page(path).body(containsString("<script src=\"/webjars/htmx-ext-sse/2.2.2/sse.js\" defer></script>"))
                    .body(containsString("role=\"status\" aria-live=\"polite\" hx-ext=\"sse\" sse-connect=\"/events?since="))
                    .body(containsString("sse-swap=\"data-changed\""));
        }
        page("/labs").body(not(containsString("sse.js"))).body(containsString("<script src=\"/js/state.js?v="));
    }

    @Test
    void shouldServeTheSseExtensionAndTheStateScriptFromTheApp() {
        given().when().get("/webjars/htmx-ext-sse/2.2.2/sse.js").then().statusCode(200)
                .body(containsString("htmx.defineExtension('sse'"));
        given().when().get("/js/state.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("htmx:historyRestore"));
    }
}

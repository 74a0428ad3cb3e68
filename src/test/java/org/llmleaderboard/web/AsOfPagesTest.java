package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The leaderboard and the benchmark rankings as of a date ({@code ?asOf=}), over the bundled data: only models released
 * by then, only scores dated by then (the markdown set dates its scores by its pages' "Last Updated", 2025-10; llm-stats
 * by when it recorded them, from 2025-07), bad dates refused with the 400 page. Every URL is its own (page cache).
 */
@QuarkusTest
class AsOfPagesTest {

    @Test
    void shouldLeaveOutModelsReleasedAfterTheDateAndKeepThoseReleasedBefore() {
        String page = html("/?asOf=2023-06-01&lab=openai&_=asof-1");
        // GPT-4 Classic (Mar 2023) and GPT-3 (May 2020) were out on 1 June 2023; GPT-5 (Aug 2025) and GPT-4o (May 2024) not.
        assertContains(page, "href=\"/models/openai/gpt-4-classic-gpt-4-0314-gpt-4-0613-non-turbo\"");
        assertContains(page, "href=\"/models/openai/gpt-3\"");
        assertLacks(page, "href=\"/models/openai/gpt-5\"");
        assertLacks(page, "href=\"/models/openai/gpt-4o\"");
        assertContains(page, "Showing 10 of 10 models");
        assertContains(page, "As of 1 Jun 2023");
        // The link back to today keeps the filters; the date control shows the date.
        assertContains(page, "<a href=\"/?lab=openai\">Back to today</a>");
        assertContains(page, "name=\"asOf\" value=\"2023-06-01\" min=\"2018-01-01\"");
    }

    @Test
    void shouldLeaveOutModelsWithoutAReleaseDateAsOfAnyDate() {
        // DeepSeek-R2 is "TBA" in the markdown set: listed today, never as of a date.
        assertContains(html("/?lab=deepseek-ai&_=asof-2"), "href=\"/models/deepseek-ai/deepseek-r2\"");
        assertLacks(html("/?lab=deepseek-ai&asOf=2025-10-04&_=asof-2"), "href=\"/models/deepseek-ai/deepseek-r2\"");
    }

    @Test
    void shouldKeepAsOfInSortAndColumnLinksAndInTheHtmxFragment() {
        String page = html("/?asOf=2025-09-01&_=asof-3");
        assertContains(page, "href=\"/?sort=name&amp;dir=asc&amp;asOf=2025-09-01\"");
        given().header("HX-Request", "true").when().get("/?asOf=2025-09-01&sort=gpqa&_=asof-3").then().statusCode(200)
                .body(containsString("As of 1 Sep 2025"), not(containsString("<html")));
    }

    @Test
    void shouldSortByTheScoreAModelHadThenWhenItsHeadlineCameLater() {
        // Grok 4's GPQA headline (88.9, the markdown set's, dated 2025-10-02) came after 1 Sep 2025; its llm-stats score
        // (87.5, recorded 2025-07-19) stands in; GPT-5's 89.4 (2025-10-02) does not count, so Grok-4 Heavy (88.4) leads.
        String page = html("/?asOf=2025-09-01&sort=gpqa&col=gpqa&_=asof-4");
        assertEquals("/models/xai/grok-4-heavy", firstModel(page, "<table id=\"leaderboard\">"));
        assertContains(page, "87.5");
        assertEquals("/models/openai/gpt-5", firstModel(html("/?sort=gpqa&col=gpqa&_=asof-4"), "<table id=\"leaderboard\">"));
    }

    @Test
    void shouldRankABenchmarkOverTheScoresDatedByThen() {
        String today = html("/benchmarks/gpqa?_=asof-5");
        assertEquals("/models/openai/gpt-5", firstModel(today, "<table id=\"ranking\">"));
        String then = html("/benchmarks/gpqa?asOf=2025-09-01&_=asof-5");
        // GPT-5's GPQA scores are dated 2025-10-02: not yet; Grok-4 Heavy's (2025-07-19) are.
        assertEquals("/models/xai/grok-4-heavy", firstModel(then, "<table id=\"ranking\">"));
        assertLacks(then, "href=\"/models/openai/gpt-5\"");
        assertContains(then, "As of 1 Sep 2025");
        // The settings keep the date; the link back to today drops it.
        assertContains(then, "href=\"/benchmarks/gpqa?setting=subset-diamond&amp;asOf=2025-09-01\"");
        assertContains(then, "<a href=\"/benchmarks/gpqa\">Back to today</a>");
    }

    @Test
    void shouldRefuseAnAsOfThatIsNoDateOrOutOfRangeWithThe400Page() {
        for (String url : new String[] {"/?asOf=2025-13-01", "/?asOf=20250601", "/?asOf=2017-12-31", "/?asOf=2999-01-01",
                "/labs/openai?asOf=yesterday", "/benchmarks/gpqa?asOf=2025-02-30", "/benchmarks/gpqa?asOf=2010-01-01"}) {
            given().when().get(url).then().statusCode(400).contentType(containsString("text/html"))
                    .body(containsString("date"), containsString("<html"));
        }
        given().when().get("/?asOf=2017-12-31&_=asof-6").then().statusCode(400).body(containsString("before 2018-01-01"));
        given().when().get("/?asOf=2999-01-01&_=asof-6").then().statusCode(400).body(containsString("in the future"));
        // Blank is today, as an emptied date input sends it.
        given().when().get("/?asOf=&_=asof-6").then().statusCode(200).body(not(containsString("Back to today")));
    }

    @Test
    void shouldAnswerTheJsonApiAsOfADateAndRefuseABadOneWithItsParameterNamed() {
        given().when().get("/api/models?lab=openai&asOf=2023-06-01&first=50").then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.slug", hasItem("openai/gpt-3"))
                .body("items.slug", not(hasItem("openai/gpt-5")));
        given().when().get("/api/models?asOf=2023-06-31").then().statusCode(400)
                .body("code", equalTo("BAD_USER_INPUT")).body("parameter", equalTo("asOf"));
        given().when().get("/api/models?asOf=2017-01-01").then().statusCode(400)
                .body("parameter", equalTo("asOf")).body("message", containsString("before 2018-01-01"));
    }

    private static String html(String url) {
        return given().when().get(url).then().statusCode(200).extract().asString();
    }

    /** The first model link of the table that starts with {@code table}. */
    private static String firstModel(String page, String table) {
        Matcher m = Pattern.compile("<td class=\"name\"><a href=\"([^\"]+)\"").matcher(page);
        return m.find(page.indexOf(table)) ? m.group(1) : null;
    }

    private static void assertContains(String page, String text) {
        if (!page.contains(text)) {
            throw new AssertionError("expected the page to contain " + text);
        }
    }

    private static void assertLacks(String page, String text) {
        if (page.contains(text)) {
            throw new AssertionError("expected the page not to contain " + text);
        }
    }
}

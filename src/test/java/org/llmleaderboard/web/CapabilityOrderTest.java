package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The honest default order (issue 17): the leaderboard ranks by the capability score with its coverage, marks low
 * coverage, keeps ALScore as a labelled compute-scale column, shows release dates with a "new" badge, and explains it
 * all on /about/ranking.
 */
@QuarkusTest
class CapabilityOrderTest {

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    private static List<String> rowNames(String html, int n) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td class=\"name\"><a href=\"[^\"]+\">([^<]+)</a>").matcher(html);
        List<String> names = new java.util.ArrayList<>();
        while (names.size() < n && m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void shouldRankFrontierModelsFirstByCapabilityNotTheLargestByAlScore() {
        String html = page("/");
        List<String> top = rowNames(html, 20);
        assertTrue(top.subList(0, 3).contains("GPT-5"), top.toString());
        assertTrue(top.containsAll(List.of("o3", "Gemini 2.5 Pro", "Claude Sonnet 4.5")), top.toString());
        // The ALScore order's first rows are compute giants; by capability they are not first.
        List<String> byAlScore = rowNames(page("/?sort=alscore&dir=desc"), 3);
        assertFalse(top.get(0).equals(byAlScore.get(0)), byAlScore + " vs " + top);
        assertTrue(html.contains("<td class=\"num capability\">97.3 · 5/8</td>"), "GPT-5's score and coverage");
        assertTrue(html.contains("aria-sort=\"descending\" title=\"Capability score"), "sorted by the capability column");
        assertTrue(html.contains(">ALScore (compute scale)<") && html.contains("A compute scale, not a capability measure"),
                "ALScore stays, labelled as compute scale");
    }

    @Test
    void shouldMarkLowCoverageAndSortItAfterTheCoveredModels() {
        String html = page("/?page=2");
        assertTrue(html.contains("class=\"low-coverage\""), "a low-coverage mark");
        assertTrue(page("/").contains("◌</span> low coverage (fewer than 3"), "its legend");
        JsonPath json = given().get("/api/models?sort=capability&dir=desc&first=500").then().statusCode(200).extract().jsonPath();
        List<Integer> coverage = json.getList("items.capabilityCoverage");
        int firstLow = coverage.indexOf(coverage.stream().filter(c -> c != null && c < 3).findFirst().orElseThrow());
        assertTrue(coverage.subList(0, firstLow).stream().allMatch(c -> c >= 3), "every covered model first");
        assertTrue(coverage.subList(firstLow, coverage.size()).stream().allMatch(c -> c == null || c < 3), "then the low coverage");
        // QwQ-32B: a high percentile on one benchmark only, so after every covered model.
        List<String> names = json.getList("items.name");
        assertTrue(names.indexOf("QwQ-32B") > names.indexOf("Phi 4 Reasoning"), "QwQ-32B (1/8) after Phi 4 Reasoning (3/8)");
    }

    @Test
    void shouldShowReleaseDatesWithANewBadgeAndAWhatsNewLink() {
        String html = page("/?sort=released&dir=desc");
        assertTrue(html.contains("<td class=\"released\">15 Oct 2025</td>"), "the release column");
        String first = html.substring(html.indexOf("<td class=\"name\">"), html.indexOf("</td>", html.indexOf("<td class=\"name\">")));
        assertTrue(first.contains("class=\"badge-new\""), first);
        assertTrue(html.contains("Released in the last 30 days of the data"), "the badge's title");
        assertTrue(page("/").contains("<a class=\"whats-new\" href=\"/?sort=released&amp;dir=desc\">What's new</a>"));
        assertFalse(page("/?sort=released&dir=asc").contains("<span class=\"badge-new\" title"), "no old model is new");
    }

    @Test
    void shouldExplainTheRankingOnTheAboutPageLinkedFromTheHeader() {
        assertTrue(page("/").contains("<a class=\"about-ranking\" href=\"/about/ranking\""));
        String about = page("/about/ranking");
        assertTrue(about.contains("<h1>About the ranking</h1>"));
        assertTrue(about.contains("href=\"/benchmarks/swe-bench-verified\"") && about.contains("href=\"/benchmarks/gpqa\""), "the set, linked");
        assertTrue(about.contains("fewer than <strong>3</strong>"), "the threshold");
        assertTrue(about.contains("Equal scores are ordered by name"), "ties");
        assertTrue(about.contains("<code>llama_3_1_community_license</code>") && !about.contains("<code>cc_by_nc</code>"), "the licence list");
    }

    @Test
    void shouldAnswerTheCapabilityInGraphQLAndSortByIt() {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("query", """
                { models(sort: { field: CAPABILITY, direction: DESC }, first: 3) {
                    items { name capability { score coverage of minCoverage lowCoverage benchmarks } } } }""")).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), json::prettify);
        assertEquals(8, json.getInt("data.models.items[0].capability.of"));
        assertTrue(json.getList("data.models.items.name").contains("GPT-5"));
        assertEquals(97.3f, json.getFloat("data.models.items[1].capability.score") , 5f);
        JsonPath gpt5 = given().contentType(ContentType.JSON).body(Map.of("query", """
                { model(slug: "openai/gpt-5") { capability { score coverage lowCoverage } } }""")).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(5, gpt5.getInt("data.model.capability.coverage"));
        assertFalse(gpt5.getBoolean("data.model.capability.lowCoverage"));
    }
}

package org.llmleaderboard.service.load.source;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user sees once every source is loaded: the leaderboard's size and its ECI, context and price columns, a model
 * page with Epoch's independent runs (stderr, logs), its offerings and its LiveBench history, and GraphQL's new fields.
 */
@QuarkusTest
@TestProfile(AllSources.class)
class OpenSourcesPagesTest {

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).extract().asString();
    }

    private static JsonPath graphql(String document) {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("query", document)).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), () -> json.prettify());
        return json;
    }

    private static int shown(String html) {
        Matcher m = Pattern.compile("Showing [0-9,]+ of ([0-9,]+) models").matcher(html);
        assertTrue(m.find(), "the result count");
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void shouldRankOverTwoThousandModelsWithTheEciContextAndPriceColumns() {
        String html = page("/");
        assertTrue(shown(html) >= 2000, "rows: " + shown(html));
        assertTrue(html.contains(">ECI<"), "the Epoch Capabilities Index column");
        assertTrue(html.contains(">Context<") && html.contains(">$/M in·out<"), "context and price columns");
        assertTrue(html.contains("Data as of 21 Aug 2026"), "the newest snapshot in the footer");
    }

    @Test
    void shouldFilterByTheCheapestInputPriceAndTheContextWindowAndSortByPrice() {
        int all = shown(page("/"));
        String html = page("/?minContext=1000000&maxPrice=2&sort=price&dir=asc");
        int filtered = shown(html);
        assertTrue(filtered > 0 && filtered < all / 10, "a million tokens of context for at most $2: " + filtered);
        assertTrue(html.contains("name=\"maxPrice\"") && html.contains("value=\"2\""), "the form keeps the price");
        assertTrue(html.contains("<option value=\"1000000\" selected>1M</option>"), "and the context");
        JsonPath json = graphql("""
                { models(filter: { minContextWindow: 1000000, maxInputPrice: 2 }, sort: { field: PRICE, direction: ASC }, first: 500) {
                    totalCount items { contextWindow inputPrice } } }""");
        assertEquals(filtered, json.getInt("data.models.totalCount"));
        List<Map<String, Object>> items = json.getList("data.models.items");
        items.forEach(m -> assertTrue(((Number) m.get("contextWindow")).intValue() >= 1_000_000
                && ((Number) m.get("inputPrice")).doubleValue() <= 2, "within the filter: " + m));
        for (int i = 1; i < items.size(); i++) {
            assertTrue(((Number) items.get(i - 1).get("inputPrice")).doubleValue() <= ((Number) items.get(i).get("inputPrice")).doubleValue(),
                    "cheapest first");
        }
        given().when().get("/?maxPrice=cheap").then().statusCode(400);
        given().when().get("/?minContext=-5").then().statusCode(400);
    }

    @Test
    void shouldShowFewerModelsAsOfAnEarlierDate() {
        assertTrue(shown(page("/?asOf=2025-06-01")) < shown(page("/")), "models released by June 2025 only");
    }

    @Test
    void shouldMarkEpochsRunsIndependentWithTheirStderrAndLogsOnTheModelPage() {
        String html = page("/models/openai/gpt-5");
        assertTrue(html.contains("independent run"), "Epoch's and LiveBench's runs are marked");
        assertTrue(html.contains(">logs</a>"), "Epoch's log viewer is linked");
        assertTrue(html.contains(" ± "), "a stderr beside its value");
        assertTrue(html.contains("LiveBench over its releases"), "LiveBench history");
        assertTrue(html.contains("id=\"offerings\"") && html.contains(">cheapest</span>"), "offerings, the cheapest marked");
    }

    @Test
    void shouldAnswerScoreProvenanceAndOfferingsThroughGraphQL() {
        JsonPath json = graphql("""
                { model(slug: "openai/gpt-5") { contextWindow knowledgeCutoff inputPrice outputPrice
                    offerings { provider inputPrice outputPrice contextWindow }
                    scores { value stderr independent date logUrl edition source { name url licence } } } }""");
        assertTrue(json.getInt("data.model.contextWindow") >= 128_000, "GPT-5's context window");
        assertTrue(json.getList("data.model.offerings").size() > 3, "several providers");
        List<Map<String, Object>> scores = json.getList("data.model.scores");
        Map<String, Object> epoch = scores.stream().filter(s -> Boolean.TRUE.equals(s.get("independent")) && s.get("logUrl") != null)
                .findFirst().orElseThrow();
        assertTrue(epoch.get("stderr") != null && epoch.get("date") != null, "an Epoch run: " + epoch);
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) epoch.get("source");
        assertEquals("Epoch AI Benchmarking Hub", source.get("name"));
        assertEquals("CC BY 4.0", source.get("licence"));
        assertTrue(scores.stream().anyMatch(s -> s.get("edition") != null), "LiveBench's scores name their release");
    }

    @Test
    void shouldCountEverySourcesContributionOnTheSourcesPage() {
        JsonPath json = graphql("{ sources { id counts { models scores offerings } bundledAt } }");
        List<String> ids = json.getList("data.sources.id");
        for (int i = 3; i < ids.size(); i++) {
            assertTrue(json.getInt("data.sources[" + i + "].counts.models") > 0, ids.get(i));
            assertTrue(json.getString("data.sources[" + i + "].bundledAt") != null, ids.get(i) + " was loaded");
        }
        assertTrue(page("/sources").contains("Epoch AI, ‘AI Benchmarking Hub’. Published online at epoch.ai"), "Epoch's attribution");
    }
}

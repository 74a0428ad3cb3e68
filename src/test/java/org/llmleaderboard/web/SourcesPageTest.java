package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /sources}, GraphQL's {@code sources} and {@code Score.source}, and the footer's "data as of", over the
 * bundled data: 530 scores from the markdown set, 2224 and 244 offerings from llm-stats, 4 scores from the DeepSeek
 * statistics page. Re-run against the packaged app by {@code SourcesPageIT}.
 */
@QuarkusTest
class SourcesPageTest {

    /** The newest snapshot of the eleven: genai-prices' commit 47df840 of 2026-08-21. */
    private static final String DATA_AS_OF = "Data as of 21 Aug 2026";

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    private static JsonPath graphql(String document) {
        return given().contentType(ContentType.JSON).body(Map.of("query", document))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    /** The page's card of one source. */
    private static String card(String html, String id) {
        int start = html.indexOf("<section class=\"card source\" id=\"source-" + id + "\"");
        assertTrue(start >= 0, "a card for " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void shouldListTheThreeBundledSourcesWithTheirLicencesSnapshotsAndAttributionsWhenSourcesIsOpened() {
        String html = page("/sources");
        assertTrue(html.contains("class=\"site-footer\""), "in the site's layout");
        String markdown = card(html, "aicomputing101");
        assertTrue(markdown.contains(">MIT</a>"), markdown);
        assertTrue(markdown.contains("AIComputing101/llm-leaderboard@6dc9e88"), markdown);
        assertTrue(markdown.contains("4 Oct 2025"), markdown);
        assertTrue(markdown.contains("derived from the LifeArchitect.ai Models Table by Dr Alan D. Thompson"), markdown);
        String llmStats = card(html, "llm-stats");
        assertTrue(llmStats.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>"), llmStats);
        assertTrue(llmStats.contains("JonathanChavezTamales/llm-leaderboard@24a9ccf"), llmStats);
        assertTrue(llmStats.contains("16 Oct 2025"), llmStats);
        assertTrue(llmStats.contains("llm-stats by Jonathan Chávez Tamales"), llmStats);
        String deepSeek = card(html, "deepseek-statistics");
        assertTrue(deepSeek.contains("deepseek-statistics-facts@1"), deepSeek);
        assertTrue(deepSeek.contains("not dated"), deepSeek);
    }

    @Test
    void shouldCountWhatEachSourceContributedAndItsBundledLoadWhenSourcesIsOpened() {
        String html = page("/sources");
        assertTrue(card(html, "aicomputing101").contains("<dt>Scores</dt><dd>530</dd>"), card(html, "aicomputing101"));
        String llmStats = card(html, "llm-stats");
        assertTrue(llmStats.contains("<dt>Scores</dt><dd>2,224</dd>"), llmStats);
        assertTrue(llmStats.contains("<dt>Offerings</dt><dd>244</dd>"), llmStats);
        assertTrue(card(html, "deepseek-statistics").contains("<dt>Scores</dt><dd>4</dd>"), card(html, "deepseek-statistics"));
        // Every bundled set was loaded at the first start: its load is dated, with what it reported.
        assertTrue(card(html, "aicomputing101").contains("674 model pages"), card(html, "aicomputing101"));
        assertTrue(llmStats.contains("<dt>Models</dt><dd>169 with its scores, facts or ids; created by it: 103</dd>"), llmStats);
        for (String id : List.of("aicomputing101", "llm-stats", "deepseek-statistics")) {
            assertTrue(!card(html, id).contains("<dd>not loaded</dd>") && !card(html, id).contains("<dd>never</dd>"), id);
        }
    }

    @Test
    void shouldAnswerTheSameSourcesAsThePageWhenGraphQLAsksForSources() {
        JsonPath json = graphql("""
                { sources { id name licence licenceUrl snapshot commit snapshotDate attribution lastImport bundledAt
                            counts { models modelsCreated scores facts offerings } } }""");
        assertEquals(List.of("aicomputing101", "llm-stats", "deepseek-statistics", "models-dev", "epoch-ai-models", "epoch-benchmarking-hub",
                "epoch-benchmark-stitching", "helm", "livebench", "aider", "genai-prices"), json.getList("data.sources.id"));
        assertEquals(List.of("MIT", "CC BY 4.0"), json.getList("data.sources.licence").subList(0, 2));
        assertEquals(List.of("6dc9e88", "24a9ccf", "1"), json.getList("data.sources.commit").subList(0, 3));
        assertEquals("2025-10-16", json.getString("data.sources[1].snapshotDate"));
        assertEquals(List.of(530, 2224, 4), json.getList("data.sources.counts.scores").subList(0, 3));
        String html = page("/sources");
        for (int i = 0; i < 3; i++) {
            String card = card(html, json.getString("data.sources[" + i + "].id"));
            assertTrue(card.contains("<dt>Facts</dt><dd>" + String.format(java.util.Locale.ROOT, "%,d",
                    json.getInt("data.sources[" + i + "].counts.facts")) + "</dd>"), card);
            assertTrue(card.contains("<dt>Offerings</dt><dd>" + json.getInt("data.sources[" + i + "].counts.offerings") + "</dd>"), card);
        }
        // llm-stats' 169 models: 103 created, the others matched; 175 facts. The markdown set's models carry no origin.
        assertEquals(List.of(287, 169, 3), json.getList("data.sources.counts.models").subList(0, 3));
        assertEquals(Arrays.asList(null, 103, 0), json.getList("data.sources.counts.modelsCreated").subList(0, 3));
        assertEquals(List.of(0, 175, 15), json.getList("data.sources.counts.facts").subList(0, 3));
        assertEquals(List.of(0, 244, 0), json.getList("data.sources.counts.offerings").subList(0, 3));
    }

    @Test
    void shouldNameEachScoresSourceWhenGraphQLAsksForItsSource() {
        JsonPath json = graphql("""
                { model(slug: "openai/gpt-5") { scores { origin citation source { id name url licence } } } }""");
        List<Map<String, Object>> scores = json.getList("data.model.scores");
        Map<String, Object> llmStats = scores.stream().filter(s -> "llm-stats".equals(s.get("origin"))).findFirst().orElseThrow();
        assertEquals(Map.of("id", "llm-stats", "name", "llm-stats", "url", "https://github.com/JonathanChavezTamales/llm-leaderboard",
                "licence", "CC BY 4.0"), llmStats.get("source"));
        // The markdown set's scores carry no origin, only its citation: they still name their source.
        Map<String, Object> markdown = scores.stream().filter(s -> s.get("origin") == null).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) markdown.get("source");
        assertEquals("aicomputing101", source.get("id"));
        assertEquals("MIT", source.get("licence"));
    }

    @Test
    void shouldNameEachFactsAndOfferingsSourceWhenGraphQLAsksForItsSource() {
        JsonPath json = graphql("""
                { deepseek: model(slug: "deepseek-ai/deepseek-v2") { facts { origin source { id licence } } }
                  gpt5: model(slug: "openai/gpt-5") { offerings { provider source { id name licence } } } }""");
        List<Map<String, Object>> facts = json.getList("data.deepseek.facts");
        Map<String, Object> fromPage = facts.stream().filter(f -> "deepseek-statistics".equals(f.get("origin"))).findFirst().orElseThrow();
        assertEquals(Map.of("id", "deepseek-statistics", "licence", "No licence stated: facts, each cited to the sites the page names"),
                fromPage.get("source"));
        List<Object> offerings = json.getList("data.gpt5.offerings.source");
        assertTrue(!offerings.isEmpty(), "GPT-5's offerings");
        offerings.forEach(o -> assertEquals(Map.of("id", "llm-stats", "name", "llm-stats", "licence", "CC BY 4.0"), o));
    }

    @Test
    void shouldAnswerNotModifiedWhenTheClientHasTheCurrentSourcesPage() {
        String etag = given().when().get("/sources").then().statusCode(200).extract().header("ETag");
        assertTrue(etag != null && !etag.isBlank(), "an ETag");
        given().header("If-None-Match", etag).when().get("/sources").then().statusCode(304);
    }

    @Test
    void shouldSayDataAsOfTheNewestSnapshotAndLinkToSourcesInTheFooterOfEveryPage() {
        for (String path : List.of("/", "/models/deepseek-ai/deepseek-r2", "/labs", "/sources")) {
            String html = page(path);
            String footer = html.substring(html.indexOf("class=\"site-footer\""));
            assertTrue(footer.contains(DATA_AS_OF), path);
            assertTrue(footer.contains("<a href=\"/sources\""), path);
            assertTrue(footer.contains("derived from the LifeArchitect.ai Models Table by Dr Alan D. Thompson"), path);
            assertTrue(footer.contains("<a href=\"https://github.com/JonathanChavezTamales/llm-leaderboard\">llm-stats</a> by Jonathan Chávez Tamales"), path);
            assertTrue(footer.contains("(<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>)"), path);
        }
        String missing = given().when().get("/no-such-page").then().statusCode(404).extract().asString();
        assertTrue(missing.contains(DATA_AS_OF), "the 404 page too");
    }

    @Test
    void shouldGiveEachCreditedSourcesOwnSnapshotDateInTheFooter() {
        String html = page("/labs");
        String footer = html.substring(html.indexOf("class=\"site-footer\""));
        // The markdown set of 4 Oct 2025 and llm-stats of 16 Oct 2025, not only the newest snapshot (genai-prices').
        assertTrue(footer.contains("MIT</a>), data as of 4 Oct 2025"), footer);
        assertTrue(footer.contains("CC BY 4.0</a>), data as of 16 Oct 2025"), footer);
        assertTrue(footer.contains("MIT</a>), data as of 21 Aug 2026"), footer);
    }
}

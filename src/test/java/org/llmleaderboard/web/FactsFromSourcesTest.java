package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15, facts from sources: open weights, active parameters, one lab for Google, one date format, disagreements. */
@QuarkusTest
class FactsFromSourcesTest {

    private static String page(String path) {
        return given().redirects().follow(false).when().get(path).then().statusCode(200).extract().asString();
    }

    private static JsonPath query(String document) {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("query", document)).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), () -> "no errors: " + json.prettify());
        return json;
    }

    @Test
    void shouldGiveDeepSeekV2ItsTotalAndActiveParametersFromTheStatisticsPage() {
        JsonPath json = query("""
                { model(slug: "deepseek-ai/deepseek-v2") { parameters activeParameters facts { fact value origin } } }""");
        assertEquals(236.0f, json.getFloat("data.model.parameters"));
        assertEquals(21.0f, json.getFloat("data.model.activeParameters"));
        List<Map<String, Object>> facts = json.getList("data.model.facts");
        assertTrue(facts.stream().anyMatch(f -> "active-parameters".equals(f.get("fact")) && "deepseek-statistics".equals(f.get("origin"))),
                "the fact keeps its source: " + facts);
        String html = page("/models/deepseek-ai/deepseek-v2");
        assertTrue(html.contains("<dt>Active parameters</dt><dd>21 B</dd>"), "shown on the model page");
    }

    @Test
    void shouldFillAndSortActiveParametersForMoeModelsWhereASourceGivesThem() {
        JsonPath json = query("""
                { models(sort: { field: ACTIVE_PARAMETERS, direction: DESC }, first: 100) { items { slug activeParameters } } }""");
        List<Float> active = json.getList("data.models.items.activeParameters");
        List<String> slugs = json.getList("data.models.items.slug");
        long filled = active.stream().filter(java.util.Objects::nonNull).count();
        assertTrue(filled >= 10, "active parameters from the facts, llm-stats and the markdown set: " + filled);
        for (int i = 1; i < filled; i++) {
            assertTrue(active.get(i - 1) >= active.get(i), "sorted descending: " + active);
        }
        assertTrue(slugs.contains("deepseek-ai/deepseek-v2"), "DeepSeek-V2 (21 B active) is among them");
        assertEquals(37.0f, query("{ model(slug: \"deepseek-ai/deepseek-v3\") { activeParameters } }").getFloat("data.model.activeParameters"),
                "DeepSeek-V3: 37 B activated per token, from llm-stats' description and the markdown set's notes");
        String html = page("/?sort=active-parameters&dir=desc");
        assertTrue(html.contains("aria-sort=\"descending\" title=\"Active parameters per token (MoE)\" data-sort=\"active-parameters\""), "the column is sortable");
        assertTrue(html.contains(">21 B<"), "DeepSeek-V2's 21 B in the column");
    }

    @Test
    void shouldNeverCallTheClosedGeminiModelOpenWeights() {
        // llm-stats gives Gemini 2.5 Flash-Lite a Creative Commons licence but no download: not open weights.
        JsonPath json = query("""
                { flashLite: model(slug: "google/gemini-2.5-flash-lite") { name openWeights licence access }
                  gemma3n: model(slug: "google/gemma-3n-e4b") { name openWeights weightsUrl } }""");
        assertEquals("Gemini 2.5 Flash-Lite", json.getString("data.flashLite.name"));
        assertNotEquals(Boolean.TRUE, json.get("data.flashLite.openWeights"));
        assertEquals("Public", json.getString("data.flashLite.access"), "publicly usable, which says nothing of its weights");
        assertEquals(Boolean.TRUE, json.get("data.gemma3n.openWeights"), "a weights link is a download, whatever the licence's name");
        List<String> open = query("{ models(filter: { weights: [\"open\"], search: \"gemini\" }, first: 100) { items { name } } }")
                .getList("data.models.items.name");
        assertTrue(open.isEmpty(), "no Gemini model is open weights: " + open);
    }

    @Test
    void shouldMergeGoogleIntoGoogleDeepMindAndRedirectTheOldLabPage() {
        JsonPath json = query("""
                { labs { slug } lab(slug: "google-deepmind") { name modelCount }
                  palm: model(slug: "google/palm") { slug lab { slug } } }""");
        List<String> labs = json.getList("data.labs.slug");
        assertFalse(labs.contains("google"), "Google is no lab of its own");
        assertEquals(173, labs.size(), "174 lab pages, Google's merged into Google DeepMind's");
        assertEquals("Google DeepMind", json.getString("data.lab.name"));
        // Google's 28 and Google DeepMind's 68 model records, one lab; 4 of them are variants (Gemini 2.5 Pro Preview 06-05 …),
        // and 5 more Gemma checkpoints: Gemma 3 27B is the markdown set's Gemma 3, Gemma 3n's instruct and LiteRT previews variants
        assertEquals(28 + 68 - 4 - 5, json.getInt("data.lab.modelCount"), "models, not variants");
        assertEquals("google-deepmind", json.getString("data.palm.lab.slug"));
        assertEquals("google-deepmind/palm", json.getString("data.palm.slug"), "a model's slug starts with its lab's; the old one is an alias");
        given().redirects().follow(false).when().get("/models/google/palm").then().statusCode(301)
                .header("Location", endsWith("/models/google-deepmind/palm"));
        given().redirects().follow(false).when().get("/labs/google").then().statusCode(301)
                .header("Location", endsWith("/labs/google-deepmind"));
        assertTrue(page("/labs/google-deepmind").contains(">PaLM<"), "the survivor's page lists Google's models");
    }

    @Test
    void shouldShowReleaseDatesOneWayWithTheirPrecision() {
        // Month precision: PaLM, Apr/2022 in the markdown set only. Day precision: DeepSeek-R1, Jan/2025 in the
        // markdown set refined by llm-stats' 2025-01-20.
        assertTrue(page("/models/google-deepmind/palm").contains("<dd id=\"released\">Apr 2022</dd>"));
        assertTrue(page("/models/deepseek-ai/deepseek-r1").contains("<dd id=\"released\">20 Jan 2025</dd>"));
        String lab = page("/labs/deepseek-ai");
        assertTrue(lab.contains("<td class=\"released\">20 Jan 2025</td>"), "the lab page's table");
        assertFalse(lab.matches("(?s).*<td class=\"hide-sm\">[A-Z][a-z]{2}/[0-9]{4}</td>.*"), "never the published `Jan/2025`");
        assertFalse(page("/?q=deepseek").matches("(?s).*<td class=\"hide-sm\">[0-9]{4}-[0-9]{2}-[0-9]{2}</td>.*"),
                "never the ISO `2025-01-20` on the leaderboard");
        JsonPath json = query("{ model(slug: \"deepseek-ai/deepseek-r1\") { released releaseDate releasePrecision } }");
        assertEquals("2025-01-20", json.getString("data.model.releaseDate"));
        assertEquals("DAY", json.getString("data.model.releasePrecision"));
        String csv = given().when().get("/export.csv?q=deepseek-r1").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",2025-01-20,day,"), "exports keep the ISO date and its precision");
    }

    @Test
    void shouldShowWhereTheMarkdownSetAndLlmStatsDisagreeWithBothSources() {
        // DeepSeek-V3: 685 B in the markdown set, 671 B in llm-stats; the markdown set's is the headline.
        String html = page("/models/deepseek-ai/deepseek-v3");
        assertTrue(html.contains("id=\"disagreements\""), "a disagreement section");
        String section = html.substring(html.indexOf("id=\"disagreement-list\""));
        section = section.substring(0, section.indexOf("</table>"));
        assertTrue(section.contains("<th scope=\"row\">Parameters</th><td class=\"num\">685 B</td><td class=\"small\">markdown set (LifeArchitect.ai Models Table)</td><td class=\"num\">671 B</td>"),
                section);
        assertTrue(section.contains(">llm-stats</a>"), "the other value with its source: " + section);
        // Grok 4 Fast: Sep/2025 in the markdown set, 2025-08-28 in llm-stats.
        String grok = page("/models/xai/grok-4-fast");
        assertTrue(grok.contains("<th scope=\"row\">Release date</th><td class=\"num\">Sep 2025</td>"), "the month stays the headline");
        assertTrue(grok.contains("28 Aug 2025"), "llm-stats' day is shown beside it");
        assertFalse(page("/models/google-deepmind/palm").contains("id=\"disagreements\""), "no section where sources agree");
    }
}

package org.llmleaderboard.service.load.source;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
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
 * The filters whose data only the open sources give — input modalities (models.dev), the reasoning flag, context
 * windows and prices — together, on every bundled source, through the JSON API, GraphQL and the page.
 */
@QuarkusTest
@TestProfile(AllSources.class)
class FullDataFiltersTest {

    private static final String QUERY = "modality=image&reasoning=yes&minContext=128000&maxPrice=5";

    @Test
    void shouldFindReasoningModelsThatTakeImagesWithALongContextAndACheapInputTogether() {
        JsonPath json = given().get("/api/models?" + QUERY + "&first=500").then().statusCode(200).extract().jsonPath();
        List<String> names = json.getList("items.name");
        assertTrue(json.getInt("total") > 5, names.toString());
        assertTrue(names.contains("GPT-5"), names.toString());
        assertFalse(names.contains("DeepSeek-R1"), "takes text only");
        json.getList("items.inputModalities", List.class).forEach(m -> assertTrue(m.contains("image"), m.toString()));
        json.getList("items.reasoning", Boolean.class).forEach(r -> assertEquals(Boolean.TRUE, r));

        JsonPath gql = given().contentType(ContentType.JSON).body(Map.of("query", """
                { models(filter: { modalities: ["image"], reasoning: true, minContextWindow: 128000, maxInputPrice: 5 }, first: 500) {
                    totalCount items { name contextWindow inputPrice inputModalities reasoning } } }""")).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertNull(gql.get("errors"), gql::prettify);
        assertEquals(json.getInt("total"), gql.getInt("data.models.totalCount"), "GraphQL finds the same models");
        gql.getList("data.models.items.contextWindow", Integer.class).forEach(c -> assertTrue(c >= 128000));

        String html = given().get("/?" + QUERY).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Showing " + Math.min(100, json.getInt("total")) + " of " + json.getInt("total") + " models"), "the page agrees");
        assertTrue(html.contains("Takes image") && html.contains("Reasoning models"), "the chips");
    }

    @Test
    void shouldRankAFrontierModelFirstOnTheFullData() {
        JsonPath json = given().get("/api/models?sort=capability&dir=desc&first=10").then().statusCode(200).extract().jsonPath();
        List<String> top = json.getList("items.name");
        json.getList("items.capabilityCoverage", Integer.class).forEach(c -> assertTrue(c >= 3, top.toString()));
        assertTrue(top.stream().anyMatch(n -> n.startsWith("GPT-5") || n.startsWith("Gemini") || n.startsWith("Claude")
                || n.startsWith("Grok") || n.startsWith("o3")), top.toString());
    }
}

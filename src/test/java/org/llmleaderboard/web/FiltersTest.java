package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filters people use (issue 17) on the bundled test data: open weights, size, licence with commercial use and the
 * release date together, in the page's URL, its form and chips, its export links, /api/models and GraphQL; malformed
 * values refused with a 400.
 */
@QuarkusTest
class FiltersTest {

    private static final String RUNNABLE = "weights=open&maxParams=40&commercial=yes";

    private static JsonPath api(String query) {
        return given().get("/api/models?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath graphql(String document) {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("query", document)).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), json::prettify);
        return json;
    }

    @Test
    void shouldFindOpenCommercialModelsUnder40BAndLeaveOutLlama405B() {
        JsonPath json = api(RUNNABLE + "&first=500");
        List<String> names = json.getList("items.name");
        assertEquals(45, json.getInt("total"));
        assertTrue(names.containsAll(List.of("Qwen3 30B A3B", "Gemma 3 12B", "gpt-oss-20b", "Phi-4", "Mistral Small 3.1")), names.toString());
        assertFalse(names.contains("Llama 3.1 405B"));
        List<Float> params = json.getList("items.parameters", Float.class);
        assertTrue(params.stream().allMatch(p -> p <= 40), params.toString());
        assertTrue(json.getList("items.openWeights", Boolean.class).stream().allMatch(Boolean.TRUE::equals));
        // Llama 3.1's community licence allows commercial use (under 700 million monthly users): on the list.
        assertTrue(names.contains("Llama 3.1 8B Instruct"));
        // Without the licence filter, models under non-commercial licences come back.
        assertTrue(api("weights=open&maxParams=40&first=1").getInt("total") > 45);
    }

    @Test
    void shouldCombineParameterRangesAndTheReleaseDate() {
        JsonPath json = api(RUNNABLE + "&minParams=20&releasedAfter=2025-04-01&first=500");
        List<String> names = json.getList("items.name");
        assertTrue(names.contains("Qwen3 30B A3B") && names.contains("gpt-oss-20b"), names.toString());
        assertFalse(names.contains("Gemma 3 12B"), "12 B is below minParams");
        assertFalse(names.contains("Qwen2.5 32B Instruct"), "released in 2024");
        json.getList("items.releaseDate", String.class).forEach(d -> assertTrue(d.compareTo("2025-04-01") >= 0, d));
        JsonPath active = api("maxActive=5&minActive=1&first=500");
        assertTrue(active.getList("items.name").contains("Qwen3 30B A3B"), "3.3 B active of 30.5 B");
        active.getList("items.activeParameters", Float.class).forEach(a -> assertTrue(a >= 1 && a <= 5, a.toString()));
    }

    @Test
    void shouldKeepTheFiltersInTheUrlTheFormTheChipsAndTheExportLinks() {
        String html = given().get("/?" + RUNNABLE + "&releasedAfter=2025-01-01").then().statusCode(200).extract().asString();
        int total = api(RUNNABLE + "&releasedAfter=2025-01-01&first=1").getInt("total");
        assertEquals(28, total, "the 45 less those released in 2024");
        assertTrue(html.contains("Showing " + total + " of " + total + " models"), "the page shows as many as the API");
        assertTrue(html.contains("name=\"maxParams\"") && html.contains("value=\"40\""), "the form keeps maxParams");
        assertTrue(html.contains("name=\"commercial\" value=\"yes\" checked"), "and the licence box");
        assertTrue(html.contains("Parameters ≤ 40 B") && html.contains("Licence allows commercial use")
                && html.contains("Released from 1 Jan 2025"), "the chips");
        // Every link of the page carries the filters: a sort header, the export links, the chips' links without one.
        assertTrue(html.contains("/?sort=name&amp;dir=asc&amp;weights=open&amp;maxParams=40&amp;releasedAfter=2025-01-01&amp;commercial=yes"),
                "a header's link");
        assertTrue(html.contains("/export.csv?weights=open&amp;maxParams=40&amp;releasedAfter=2025-01-01&amp;commercial=yes"), "CSV");
        assertTrue(html.contains("/export.json?weights=open&amp;maxParams=40&amp;releasedAfter=2025-01-01&amp;commercial=yes"), "JSON");
        assertTrue(html.contains("href=\"/?weights=open&amp;releasedAfter=2025-01-01&amp;commercial=yes\""), "the maxParams chip removes it");
        assertFalse(html.contains("Llama 3.1 405B"));
    }

    @Test
    void shouldExportOnlyTheFilteredRows() {
        String csv = given().get("/export.csv?" + RUNNABLE).then().statusCode(200).extract().asString();
        long rows = csv.lines().count() - 1;
        assertEquals(45, rows, "the same 45 models as the page");
        assertTrue(csv.contains("Gemma 3 12B") && !csv.contains("Llama 3.1 405B"));
        JsonPath json = given().get("/export.json?" + RUNNABLE).then().statusCode(200).extract().jsonPath();
        assertEquals("40", json.getString("query.maxParams"), json.prettify().substring(0, Math.min(600, json.prettify().length())));
    }

    @Test
    void shouldRefuseMalformedFilterValuesWithA400() {
        given().get("/?maxParams=forty").then().statusCode(400).body(containsString("maxParams=40"));
        given().get("/?minParams=70&maxParams=8").then().statusCode(400).body(containsString("minParams is more than maxParams"));
        given().get("/?releasedAfter=2025-02-30").then().statusCode(400).body(containsString("releasedAfter"));
        given().get("/?modality=smell").then().statusCode(400).body(containsString("text, image, audio, video"));
        given().get("/?reasoning=maybe").then().statusCode(400).body(containsString("yes or no"));
        given().get("/export.csv?commercial=sure").then().statusCode(400);
        given().get("/api/models?minParams=-1").then().statusCode(400)
                .body("code", equalTo("BAD_USER_INPUT")).body("parameter", equalTo("minParams"));
        given().get("/api/models?modality=smell").then().statusCode(400).body("parameter", equalTo("modality"));
        given().get("/api/models?maxPrice=cheap").then().statusCode(400).body("parameter", equalTo("maxPrice"));
    }

    @Test
    void shouldFilterThroughGraphQLWithTheSameResult() {
        JsonPath json = graphql("""
                { models(filter: { weights: ["open"], maxParameters: 40, commercial: true }, first: 500) {
                    totalCount items { name parameters openWeights licenceId } } }""");
        assertEquals(45, json.getInt("data.models.totalCount"));
        assertTrue(json.getList("data.models.items.name").contains("Gemma 3 12B"));
        JsonPath after = graphql("""
                { models(filter: { releasedAfter: "2025-09-01", minParameters: 100 }, sort: { field: RELEASED, direction: ASC }, first: 1) {
                    items { name releaseDate parameters } } }""");
        assertTrue(after.getString("data.models.items[0].releaseDate").compareTo("2025-09-01") >= 0);
        JsonPath bad = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ models(filter: { modalities: [\"smell\"] }) { totalCount } }")).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", bad.getString("errors[0].extensions.code"));
        JsonPath range = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ models(filter: { minParameters: 50, maxParameters: 10 }) { totalCount } }")).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", range.getString("errors[0].extensions.code"));
    }
}

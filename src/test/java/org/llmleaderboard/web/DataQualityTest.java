package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data-quality report on the bundled data: the page and GraphQL's {@code dataQuality}. */
@QuarkusTest
class DataQualityTest {

    static final String REPORT = """
            { dataQuality {
                duplicates { reason key models { slug name } }
                benchmarksWithoutFamily { slug name } benchmarksWithoutFamilyCount
                outOfRangeScores { model { slug } benchmark { slug } value minScore maxScore }
                modelsWithoutLab { slug } modelsWithoutDate { slug name } modelsWithoutDateCount
                unresolvedRecords { source recordId reason } unresolvedRecordsNote } }""";

    private static JsonPath report() {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("query", REPORT)).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), () -> "no errors (and within the cost limit): " + json.prettify());
        return json;
    }

    /** The clusters, one per line, for the test's messages and log. */
    private static String listed(List<Map<String, Object>> clusters) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> c : clusters) {
            out.append("\n  ").append(c.get("reason")).append(" '").append(c.get("key")).append("': ").append(c.get("models"));
        }
        return out.toString();
    }

    @Test
    void shouldServeTheReportInTheSiteLayoutLinkedFromEveryPage() {
        String html = given().when().get("/data-quality").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<h1>Data quality</h1>"));
        assertTrue(html.contains("class=\"site-footer\""), "in the site's layout");
        assertTrue(html.contains("href=\"/data-quality\" aria-current=\"page\""), "linked from the footer");
        assertTrue(given().when().get("/").then().statusCode(200).extract().asString().contains("href=\"/data-quality\""));
    }

    @Test
    void shouldFindNoScoreOutsideItsBenchmarksRangeInTheBundledData() {
        List<Object> outOfRange = report().getList("data.dataQuality.outOfRangeScores");
        assertTrue(outOfRange.isEmpty(), "every bundled score is within its benchmark's range: " + outOfRange);
        assertTrue(given().when().get("/data-quality").then().extract().asString().contains("id=\"out-of-range-none\""));
    }

    @Test
    void shouldListModelsWithoutADateAndBenchmarksWithoutAFamilyWithLinks() {
        JsonPath json = report();
        assertTrue(json.getList("data.dataQuality.modelsWithoutLab").isEmpty(), "every model has a lab");
        int withoutDate = json.getInt("data.dataQuality.modelsWithoutDateCount");
        assertTrue(withoutDate > 0, "the markdown set's TBA models without a date from llm-stats");
        assertEquals(withoutDate, json.getList("data.dataQuality.modelsWithoutDate").size());
        assertTrue(json.getInt("data.dataQuality.benchmarksWithoutFamilyCount") > 300, "most llm-stats benchmarks have no family yet");
        assertTrue(json.getString("data.dataQuality.unresolvedRecordsNote").contains("undecided"));
        String html = given().when().get("/data-quality").then().extract().asString();
        String first = json.getString("data.dataQuality.modelsWithoutDate[0].slug");
        assertTrue(html.contains("href=\"" + org.llmleaderboard.web.view.Format.modelHref(first) + "\""), "linked: " + first);
        assertTrue(html.contains("href=\"/benchmarks/" + json.getString("data.dataQuality.benchmarksWithoutFamily[0].slug") + "\""));
    }

    /**
     * Lists the suspected duplicate clusters the bundled data has today, and checks that the report finds real ones
     * (see the log for the list). The "none unresolved" check is {@link #shouldLeaveNoDuplicateClusterUnresolved}.
     */
    @Test
    void shouldListTheDuplicateClustersItFindsInTheBundledData() {
        List<Map<String, Object>> clusters = report().getList("data.dataQuality.duplicates");
        System.out.println("Suspected duplicate clusters in the bundled data (" + clusters.size() + "):" + listed(clusters));
        assertTrue(!clusters.isEmpty(), "the bundled data has suspected duplicates until the model-identity work resolves them");
        // Real ones today: llm-stats' dated snapshots the override file made variants, under their family's very name.
        assertTrue(clusters.stream().anyMatch(c -> "same-name".equals(c.get("reason")) && "gpt4o".equals(c.get("key"))), listed(clusters));
        assertTrue(clusters.stream().anyMatch(c -> "same-name".equals(c.get("reason")) && "claude35sonnet".equals(c.get("key"))),
                listed(clusters));
        // The Qwen3-Next-80B-A3B family (one markdown page, three llm-stats variants): one lab, 80 B, one month.
        assertTrue(clusters.stream().anyMatch(c -> "same-lab-parameters-month".equals(c.get("reason"))
                && ((List<?>) c.get("models")).size() == 4 && String.valueOf(c.get("models")).contains("alibaba/qwen3-next-80b-a3b-thinking")),
                listed(clusters));
        for (Map<String, Object> c : clusters) {
            assertTrue(((List<?>) c.get("models")).size() >= 2, "a cluster has at least two models: " + c);
        }
        String html = given().when().get("/data-quality").then().extract().asString();
        assertTrue(html.contains("id=\"duplicate-count\">(" + clusters.size() + ")"), "the page lists as many");
    }

    /**
     * MARKED: FAILS UNTIL THE MODEL-IDENTITY WORK LANDS (issue 15, migration V7: variants, model crosswalk, one row per
     * model). It asserts that no suspected duplicate cluster is left unresolved; today the bundled data has the
     * clusters {@link #shouldListTheDuplicateClustersItFindsInTheBundledData} lists. Enable it when that work is merged.
     */
    @Disabled("Enable once the model-identity work (V7) resolves the duplicate clusters listed by shouldListTheDuplicateClustersItFindsInTheBundledData")
    @Test
    void shouldLeaveNoDuplicateClusterUnresolved() {
        List<Map<String, Object>> clusters = report().getList("data.dataQuality.duplicates");
        assertTrue(clusters.isEmpty(), "unresolved duplicate clusters:" + listed(clusters));
    }
}

package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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

    static JsonPath report() {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("query", REPORT)).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), () -> "no errors (and within the cost limit): " + json.prettify());
        return json;
    }

    /** The clusters, one per line, for the test's messages and log. */
    static String listed(List<Map<String, Object>> clusters) {
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
        // the import's review list (gpqa-biology, mrcr-1m-(pointwise), …): families a rule suggested but could not confirm
        assertEquals(35, json.getInt("data.dataQuality.benchmarksWithoutFamilyCount"));
        assertTrue(json.getString("data.dataQuality.unresolvedRecordsNote").contains("undecided"));
        String html = given().when().get("/data-quality").then().extract().asString();
        String first = json.getString("data.dataQuality.modelsWithoutDate[0].slug");
        assertTrue(html.contains("href=\"" + org.llmleaderboard.web.view.Format.modelHref(first) + "\""), "linked: " + first);
        assertTrue(html.contains("href=\"/benchmarks/" + json.getString("data.dataQuality.benchmarksWithoutFamily[0].slug") + "\""));
    }

    /**
     * The identity step and the reviews leave no suspected duplicate in the bundled data: the snapshots and
     * instruct/base checkpoints are variants (GPT-4o's, Claude 3.5 Sonnet's, Llama 3.3 70B Instruct, Mistral Small 3's),
     * and the rest were reviewed as distinct models ({@code crosswalk/distinct-models.csv}: two labs' "Atlas",
     * DeepSeek-V3 and -R1, …; see {@code ReviewedDistinctTest}). A new import that brings a suspected pair makes this
     * fail, listing the clusters to decide.
     */
    @Test
    void shouldLeaveNoDuplicateClusterUnresolved() {
        List<Map<String, Object>> clusters = report().getList("data.dataQuality.duplicates");
        assertTrue(clusters.isEmpty(), "unresolved duplicate clusters:" + listed(clusters));
        String html = given().when().get("/data-quality").then().extract().asString();
        assertTrue(html.contains("id=\"duplicate-count\">(0)"), "the page says none too");
    }
}

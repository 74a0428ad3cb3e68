package org.llmleaderboard.service.load.source;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.web.DataQualityTestAccess;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data-quality report with every source loaded: no model appears twice. Each cluster the eleven sources brought was
 * decided by hand (the crosswalk files: one lab under two spellings, one model under two names, or two models).
 */
@QuarkusTest
@TestProfile(AllSources.class)
class OpenSourcesDataQualityTest {

    @Test
    void shouldLeaveNoDuplicateClusterUnresolvedWithEverySourceLoaded() {
        List<Map<String, Object>> clusters = DataQualityTestAccess.report().getList("data.dataQuality.duplicates");
        assertTrue(clusters.isEmpty(), "unresolved duplicate clusters:" + DataQualityTestAccess.listed(clusters));
        String html = given().when().get("/data-quality").then().extract().asString();
        assertTrue(html.contains("id=\"duplicate-count\">(0)"), "the page says none too");
    }
}

package org.llmleaderboard.web.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;
import org.llmleaderboard.service.DataVersion;
import org.llmleaderboard.service.read.BenchmarkCatalog;
import org.llmleaderboard.service.read.PageCounts;
import org.llmleaderboard.web.AdminImportTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a page of {@code /api/models} reads once per data version, not once per request: the benchmark list with its
 * scored-model counts, and the count of the filters' models (the same for every order and page of those filters). A
 * write reads both again. At 100,000 models they were most of a request's time.
 */
@QuarkusTest
public class ModelApiReadsTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BenchmarkCatalog catalog;

    @Inject
    PageCounts counts;

    @Inject
    EntityManager em;

    @Inject
    DataVersion dataVersion;

    private Statistics statistics;

    @BeforeEach
    void enableStatistics() {
        statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    @Transactional
    void removeTestData() {
        TestData.removeTestLab(em, dataVersion);
    }

    @Test
    void shouldCountTheFiltersOnceForEveryOrderAndPageUntilAWrite() {
        catalog.clear();
        counts.clear();
        long cold = statements("/api/models?arch=moe&first=5", null);
        long warm = statements("/api/models?arch=moe&first=7&sort=name&dir=asc", null);
        // The benchmark list and the count are read by the first request only.
        assertEquals(cold - 2, warm, "statements of the second request");
        long moe = given().get("/api/models?arch=moe&first=1").then().statusCode(200).extract().jsonPath().getLong("total");

        AdminImportTest.editor().contentType("text/csv").body(AdminImportTest.GOOD).when().post("/admin/import?format=csv")
                .then().statusCode(200).body("written", equalTo(true));
        // The import wrote one MoE model (and one dense): the next page counts again, and sees it.
        assertEquals(cold, statements("/api/models?arch=moe&first=5", moe + 1), "statements after the write");
    }

    private long statements(String url, Long total) {
        statistics.clear();
        var response = given().get(url).then().statusCode(200);
        if (total != null) {
            response.body("total", equalTo(total.intValue()));
        }
        return statistics.getPrepareStatementCount();
    }
}

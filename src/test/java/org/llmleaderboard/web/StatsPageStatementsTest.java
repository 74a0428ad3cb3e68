package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stats page reads each of its figures in one statement (Hibernate statistics, test profile). Kept out of
 * {@link StatsResourceTest}, which {@link StatsResourceIT} re-runs against the packaged app, where no bean can be injected.
 */
@QuarkusTest
class StatsPageStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldRenderThePageInAConstantNumberOfStatements() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        given().when().get("/stats?benchmark=gpqa&_=statements").then().statusCode(200);
        long full = statistics.getPrepareStatementCount();
        long transactions = statistics.getTransactionCount();
        statistics.clear();
        given().header("HX-Request", "true").when().get("/stats?benchmark=gpqa&_=statements").then().statusCode(200);
        long scatter = statistics.getPrepareStatementCount();
        // benchmarks, points, totals, model counts (access and architectures), years, labs: one statement each.
        assertTrue(full <= 6, "statements for the page: " + full);
        assertTrue(transactions <= 1, "transactions for the page: " + transactions);
        assertTrue(statistics.getTransactionCount() <= 1, "transactions for the fragment: " + statistics.getTransactionCount());
        assertTrue(scatter <= 2, "statements for the fragment: " + scatter);
        assertTrue(full > 0, "the page was rendered (a URL of its own, so the page cache has no copy)");
    }
}

package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trends page reads in one transaction and a constant number of statements, however many models and scores
 * (Hibernate statistics, test profile). A URL of its own, so the page cache has no copy of it.
 */
@QuarkusTest
class TrendsPageStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldReadTheTrendsPageInOneTransactionAndAtMostSevenStatements() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        given().when().get("/trends?_=statements").then().statusCode(200);
        long statements = statistics.getPrepareStatementCount();
        System.out.printf("PAGE-STATEMENTS /trends: %d transactions, %d statements%n", statistics.getTransactionCount(), statements);
        // benchmarks, settings, the rankings' ids and their scores (two for all six), releases per month, sized models
        assertTrue(statements > 0, "the page was rendered");
        assertTrue(statements <= 7, "statements: " + statements);
        assertTrue(statistics.getTransactionCount() <= 1, "transactions: " + statistics.getTransactionCount());
    }
}

package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.llmleaderboard.graphql.http.GraphQLResponseCache;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compare page and GraphQL's {@code compare} read in one transaction and as many statements for six models as for
 * two (Hibernate statistics). Kept out of {@code CompareResourceTest} so that it could be re-run against the packaged app.
 */
@QuarkusTest
class CompareStatementsTest {

    private static final String TWO = "openai/gpt-4o,anthropic/claude-35-sonnet";
    private static final String SIX = TWO + ",meta-ai/llama-31-405b,anthropic/claude-opus-4,deepseek-ai/deepseek-r2,openai/gpt-5";

    private static final String QUERY = """
            query ($models: [String!]!) {
              compare(models: $models) {
                models { slug name lab { name } scores { value } }
                benchmarks { benchmark { slug name } setting { key } scores { model { slug name } benchmark { slug } value sourceUrl date } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    GraphQLResponseCache answers;

    @Inject
    org.llmleaderboard.service.read.BenchmarkCatalog catalog;

    @Inject
    org.llmleaderboard.service.read.PageCounts counts;

    private Statistics statistics;

    @BeforeEach
    void enableStatistics() {
        statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @Test
    void shouldReadTheComparePageInAsManyStatementsForSixModelsAsForTwo() {
        long two = page("/compare?models=" + TWO + "&_=compare-statements-1");
        long six = page("/compare?models=" + SIX + "&_=compare-statements-1");
        assertEquals(two, six, "2 vs 6 models");
        assertTrue(six <= 10, "statements: " + six);
    }

    @Test
    void shouldAnswerGraphQLsCompareInAsManyStatementsForSixModelsAsForTwo() {
        long two = graphql(List.of(TWO.split(",")));
        long six = graphql(List.of(SIX.split(",")));
        assertEquals(two, six, "2 vs 6 models");
        assertTrue(six <= 10, "statements: " + six);
    }

    private long page(String url) {
        catalog.clear(); // a cold request: the benchmark list is read once per data version
        statistics.clear();
        given().redirects().follow(false).when().get(url).then().statusCode(200);
        long statements = counted(url);
        assertTrue(statistics.getTransactionCount() <= 1, url + ": one transaction");
        return statements;
    }

    private long graphql(List<String> models) {
        answers.clear();   // the statements of running the query, not of a cached answer
        catalog.clear();
        statistics.clear();
        given().contentType(ContentType.JSON).body(Map.of("query", QUERY, "variables", Map.of("models", models)))
                .when().post("/graphql").then().statusCode(200)
                .body("data.compare.models", hasSize(models.size()));
        return counted("compare " + models.size());
    }

    private long counted(String what) {
        long statements = statistics.getPrepareStatementCount();
        System.out.printf("COMPARE-STATEMENTS %s: %d transactions, %d statements%n", what, statistics.getTransactionCount(), statements);
        assertTrue(statements > 0, what + " was read");
        return statements;
    }
}

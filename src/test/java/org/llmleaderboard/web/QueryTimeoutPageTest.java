package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A statement the database stopped at the query time limit is a 503 saying so, never a 500: what a 100,000-model
 * export under load met (BENCHMARKS.md, "Memory at scale"). A resource of this test throws what Hibernate throws.
 */
@QuarkusTest
class QueryTimeoutPageTest {

    @Path("/test-only")
    public static class TimingOut {
        @GET
        @Path("statement-timeout")
        public String statement() {
            throw new jakarta.persistence.QueryTimeoutException("Statement was canceled or the session timed out");
        }

        @GET
        @Path("hibernate-timeout")
        public String hibernate() {
            throw new org.hibernate.QueryTimeoutException("Statement was canceled", new java.sql.SQLTimeoutException(), "select 1");
        }
    }

    @Test
    void shouldAnswerAStatementStoppedByTheTimeLimitWith503InTheLayout() {
        for (String path : new String[] { "/test-only/statement-timeout", "/test-only/hibernate-timeout" }) {
            given().when().get(path).then().statusCode(503).header("Retry-After", "5")
                    .contentType(containsString("text/html"))
                    .body(containsString("<h1>This page took too long</h1>"))
                    .body(containsString("class=\"site-header\""));
        }
    }

    @Test
    void shouldAnswerItWithJsonUnderTheApi() {
        given().when().get("/api/models?q=x").then().statusCode(200);
        given().when().get("/test-only/statement-timeout").then().statusCode(503);
        // The JSON shape for /api/* comes from the same ErrorResponses as every other error.
        org.junit.jupiter.api.Assertions.assertTrue(ErrorResponses.isApi("/api/models"));
        given().when().get("/test-only/hibernate-timeout").then().statusCode(503).body(containsString("Try again in a moment"));
        given().when().get("/nonexistent").then().statusCode(404).body(containsString("There is no page at this address."));
        org.hamcrest.MatcherAssert.assertThat(ErrorPage.timedOut(5000).code(), equalTo("TIME_LIMIT_EXCEEDED"));
    }
}

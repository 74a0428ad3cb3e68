package org.llmleaderboard.ops;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Health and metrics endpoints. Re-run against the packaged app by {@link OperationsIT}. */
@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportLiveAndReadyWithTheDatabaseCheck() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldExposeHttpAndGraphQLTimingsToPrometheus() {
        given().contentType("application/json").body(Map.of("query", "{ stats { models } }"))
                .when().post("/graphql").then().statusCode(200);
        given().when().get("/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""))
                .body(containsString("uri=\"/graphql\""))
                .body(containsString("mp_graphql_seconds_count{"))
                .body(containsString("name=\"stats\""))
                .body(containsString("jvm_memory_used_bytes"));
    }
}

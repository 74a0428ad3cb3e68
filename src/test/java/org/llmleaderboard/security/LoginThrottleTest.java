package org.llmleaderboard.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failed logins are rate-limited per client address (the defaults: 10 failures per 5 minutes, then 429 for 5 minutes).
 * Every request of these tests comes from 127.0.0.1, except those sent from 127.0.0.2 as another client; the limiter
 * is emptied before and after each test, so that no other test sees it.
 */
@QuarkusTest
class LoginThrottleTest {

    private static final String QUERY = "{ stats { models } }";
    private static final String CSV = "slug,name,lab\n";

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void forgetClients() {
        throttle.clear();
    }

    private static void failLogins(int times) {
        for (int i = 0; i < times; i++) {
            given().auth().preemptive().basic("editor", "guess-" + i).contentType(ContentType.JSON).body(Map.of("query", QUERY))
                    .when().post("/graphql").then().statusCode(401);
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterOnGraphQLAndAdminAfterTenFailedLogins() {
        failLogins(10);
        given().auth().preemptive().basic("editor", "guess-11").contentType(ContentType.JSON).body(Map.of("query", QUERY))
                .when().post("/graphql").then()
                .statusCode(429)
                .header("Retry-After", equalTo("300"))
                .contentType(ContentType.JSON)
                .body("errors[0].message", startsWith("Too many failed logins"))
                .body("errors[0].extensions.code", equalTo("TOO_MANY_LOGIN_ATTEMPTS"));
        // Even the right password is not checked during the cool-down, on any path.
        given().auth().preemptive().basic("editor", "test-editor").contentType("text/csv").body(CSV)
                .when().post("/admin/import?format=csv&dryRun=true").then()
                .statusCode(429)
                .header("Retry-After", equalTo("300"))
                .contentType(containsString("text/plain"))
                .body(startsWith("Too many failed logins from this address: try again in 300 s."));
    }

    @Test
    void shouldLetACorrectLoginThroughBeforeTheThreshold() {
        failLogins(9);
        given().auth().preemptive().basic("editor", "test-editor").contentType("text/csv").body(CSV)
                .when().post("/admin/import?format=csv&dryRun=true").then().statusCode(200);
        given().auth().preemptive().basic("editor", "test-editor").contentType(ContentType.JSON).body(Map.of("query", QUERY))
                .when().post("/graphql").then().statusCode(200).body("data.stats.models", equalTo(org.llmleaderboard.TestData.ROWS));
    }

    @Test
    void shouldLeaveAnonymousReadsAndOtherClientsAlone() {
        failLogins(10);
        given().when().get("/").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("query", QUERY)).when().post("/graphql").then().statusCode(200);
        // Another address, with the editor's credentials: not throttled.
        String answer = TestData.postFrom("127.0.0.2", RestAssured.port, "/graphql", "editor", "test-editor", "application/json",
                "{\"query\":\"" + QUERY + "\"}");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"models\":" + org.llmleaderboard.TestData.ROWS), answer);
    }

    @Test
    void shouldNotTrustXForwardedForByDefault() {
        failLogins(10);
        given().auth().preemptive().basic("editor", "test-editor").header("X-Forwarded-For", "203.0.113.7")
                .contentType(ContentType.JSON).body(Map.of("query", QUERY))
                .when().post("/graphql").then().statusCode(429);
    }
}

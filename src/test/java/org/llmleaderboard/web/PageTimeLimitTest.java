package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The time limit of pages, set to zero here (and no page cache): no page can be built in time. */
@QuarkusTest
@TestProfile(PageTimeLimitTest.NoTime.class)
class PageTimeLimitTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("leaderboard.limits.page-timeout", "0s", "leaderboard.cache.enabled", "false");
        }
    }

    @Test
    void shouldAnswerAPageThatTakesTooLongWithA503PageInTheLayout() {
        given().when().get("/labs").then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("This page took too long"))
                .body(containsString("href=\"/\""))
                .body(containsString("/css/app.css"))
                .body(not(containsString("Exception")));
    }
}

package org.llmleaderboard.ops;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        given().contentType("application/json").body(Map.of("query", "{ models(first: 3) { items { slug score(benchmark: \"nope\") } } }"))
                .when().post("/graphql").then().statusCode(200);
        given().when().get("/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""))
                .body(containsString("uri=\"/graphql\""))
                .body(containsString("mp_graphql_seconds_count{"))
                .body(containsString("name=\"stats\""))
                .body(containsString("name=\"models\""))
                // Operations are timed, not the plain resolvers below them (ResolverTimings): score ran three times.
                .body(org.hamcrest.Matchers.not(containsString("name=\"score\"")))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldServeTheGraphQLUiWithEveryScriptAndStylesheetItLoads() {
        String html = given().when().get("/q/graphql-ui/").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        // What the page loads, leaving out what SmallRye ships commented out (the explorer plugin).
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html.replaceAll("(?s)<!--.*?-->", ""));
        List<String> assets = new ArrayList<>();
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertTrue(assets.contains("graphiql.min.js") && assets.contains("render.js"), "assets: " + assets);
        List<String> missing = new ArrayList<>();
        for (String asset : assets) {
            assertTrue(!asset.startsWith("http"), "served by the app, not a CDN: " + asset);
            if (given().when().get("/q/graphql-ui/" + asset).then().extract().statusCode() != 200) {
                missing.add(asset);
            }
        }
        assertEquals(List.of(), missing);
    }
}

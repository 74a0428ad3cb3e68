package org.llmleaderboard.web.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** {@code GET /api/models}: the leaderboard's filters, sort and paging as plain JSON, checked against the bundled data. */
@QuarkusTest
public class ModelApiResourceTest {

    @Test
    void defaultPageIsByAlScoreWithLabAndHeadlineScores() {
        given().get("/api/models?first=100").then().statusCode(200)
                .body("total", equalTo(org.llmleaderboard.TestData.ROWS))
                .body("first", equalTo(100))
                .body("items", hasSize(100));
        given().get("/api/models?lab=deepseek-ai&first=500").then().statusCode(200)
                .body("total", equalTo(25)) // 16 markdown pages and 12 models created from llm-stats, less 3 variants
                .body("items.lab.slug", everyItem(equalTo("deepseek-ai")));
        given().get("/api/models?q=deepseek-r2&first=1").then().statusCode(200)
                .body("items[0].slug", equalTo("deepseek-ai/deepseek-r2"))
                .body("items[0].alScore", equalTo(41.6f))
                .body("items[0].alScoreBand", equalTo("Extremely powerful"))
                .body("items[0].lab.name", equalTo("DeepSeek-AI"));
    }

    @Test
    void sortsByABenchmarkLikeTheLeaderboard() {
        given().get("/api/models?sort=gpqa&dir=desc&first=1").then().statusCode(200)
                .body("items[0].name", equalTo("GPT-5"))
                .body("items[0].scores.gpqa", equalTo(89.4f));
    }

    @Test
    void badParametersAre400WithACode() {
        given().get("/api/models?first=501").then().statusCode(400)
                .body("code", equalTo("BAD_USER_INPUT")).body("parameter", equalTo("first"));
        given().get("/api/models?first=ten").then().statusCode(400)
                .body("code", equalTo("BAD_USER_INPUT")).body("message", containsString("whole number"));
        given().get("/api/models?sort=nope").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_BENCHMARK")).body("parameter", equalTo("sort"));
        given().get("/api/models?dir=up").then().statusCode(400).body("parameter", equalTo("dir"));
        given().get("/api/models?arch=quantum").then().statusCode(400).body("parameter", equalTo("arch"));
    }
}

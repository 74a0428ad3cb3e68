package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What the early fast path (a cached page answered before authentication and Quarkus' path matching) must keep
 * as it was: the metrics count hits under the page's path template, and credentials are still checked.
 */
@QuarkusTest
public class CachedPagesRouteTest {

    private static final String MODEL = "/models/deepseek-ai/deepseek-r2";
    private static final String TEMPLATE = "/models/{lab}/{model}";

    @Test
    void shouldCountCachedHitsUnderTheirPathTemplateInTheMetrics() {
        given().get(MODEL).then().statusCode(200); // rendered (or already cached by another test)
        double before = requests(TEMPLATE);
        given().get(MODEL).then().statusCode(200).header("ETag", notNullValue());
        given().get(MODEL).then().statusCode(200);
        // Both are hits; had they lost the template, they would be counted under their raw path (or not at all).
        assertEquals(before + 2, requests(TEMPLATE), 0.0);
        assertFalse(metrics().contains("uri=\"" + MODEL + "\""), "no meter per model page");
    }

    @Test
    void shouldRefuseAWrongPasswordEvenForACachedPage() {
        String path = "/?sort=name&dir=asc&cached-auth-test=1";
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().get(path).then().statusCode(200); // a hit now
        given().auth().preemptive().basic("editor", "wrong").get(path).then().statusCode(401);
        given().auth().preemptive().basic("editor", "test-editor").get(path).then().statusCode(200)
                .header("ETag", etag).header("Content-Security-Policy", notNullValue());
    }

    /** The number of GET requests answered 200 that the metrics count under {@code uri} (tags may hold braces). */
    private static double requests(String uri) {
        Matcher m = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE).matcher(metrics());
        double sum = 0;
        while (m.find()) {
            String tags = m.group(1);
            if (tags.contains("uri=\"" + uri + "\"") && tags.contains("method=\"GET\"") && tags.contains("status=\"200\"")) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}

package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The security headers on every kind of response: pages rendered and answered from the page cache (200 and 304),
 * htmx fragments, static assets, errors, JSON and GraphQL; GraphiQL's own, looser policy on its path only.
 */
@QuarkusTest
class SecurityHeadersTest {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static ValidatableResponse secured(ValidatableResponse r) {
        return r.header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }

    @Test
    void shouldSendTheHeadersWithAPageAndItsCachedCopy() {
        String path = "/?sort=name&dir=asc";
        secured(given().when().get(path).then().statusCode(200));
        // The second request is answered by the page cache on the event loop, before the REST layer.
        String etag = secured(given().when().get(path).then().statusCode(200)).extract().header("ETag");
        secured(given().header("If-None-Match", etag).when().get(path).then().statusCode(304));
    }

    @Test
    void shouldSendTheHeadersWithFragmentsAndOtherPages() {
        secured(given().header("HX-Request", "true").when().get("/?sort=gpqa").then().statusCode(200));
        for (String path : new String[] { "/labs", "/labs/openai", "/models/deepseek-ai/deepseek-r2", "/benchmarks/gpqa", "/stats", "/prices", "/sources",
                "/architectures/moe", "/export.csv?lab=openai" }) {
            secured(given().when().get(path).then().statusCode(200));
        }
    }

    @Test
    void shouldSendTheHeadersWithStaticAssets() {
        secured(given().when().get("/css/app.css").then().statusCode(200));
        secured(given().when().get("/webjars/htmx.org/2.0.8/dist/htmx.min.js").then().statusCode(200));
        secured(given().when().get("/favicon.svg").then().statusCode(200));
    }

    @Test
    void shouldSendTheHeadersWithErrors() {
        secured(given().when().get("/nonexistent").then().statusCode(404));
        secured(given().when().get("/?page=abc").then().statusCode(400));
        secured(given().urlEncodingEnabled(false).when().get("/?q=" + ErrorPagesTest.LONG_SEARCH).then().statusCode(414));
        secured(given().header("X-Large", ErrorPagesTest.LARGE_HEADER).when().get("/").then().statusCode(431));
    }

    @Test
    void shouldSendTheHeadersWithJsonAndGraphQl() {
        secured(given().when().get("/api/models?first=1").then().statusCode(200));
        secured(given().when().get("/api/models?first=abc").then().statusCode(400));
        secured(given().contentType("application/json").body("{\"query\":\"{ stats { models } }\"}").when().post("/graphql")
                .then().statusCode(200));
        secured(given().when().get("/graphql/schema.graphql").then().statusCode(200));
        secured(given().when().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void shouldAllowTheGraphQlUiItsEmbeddedFontsAndNothingMore() {
        given().when().get("/q/graphql-ui/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(POLICY + "; font-src 'self' data:"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().when().get("/").then().header("Content-Security-Policy", not(containsString("font-src")));
    }
}

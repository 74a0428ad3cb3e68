package org.llmleaderboard.graphql.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The cache of {@code /graphql} answers ({@link GraphQLResponseCache}) as a client sees it: a hit is the miss's bytes
 * and headers, a write makes the next answer fresh, and only anonymous, complete answers to accepted queries are kept.
 * Its statement count (none) is in {@code StatementCountTest}. Re-run against the packaged app by
 * {@link GraphQLResponseCacheIT}.
 */
@QuarkusTest
class GraphQLResponseCacheTest {

    static final String PAGE = """
            query($first: Int, $sort: ModelSort) {
              models(first: $first, sort: $sort) { totalCount items { slug name lab { slug name } gpqa: score(benchmark: "gpqa") } } }""";
    static final String LAB = "query($slug: String!) { lab(slug: $slug) { slug name website country } }";
    static final String UPSERT_LAB = "mutation($input: LabInput!) { upsertLab(input: $input) { slug website } }";

    /** The editor's password: the %test default, or the one failsafe gives the packaged app. */
    static final String PASSWORD = System.getenv().getOrDefault("LEADERBOARD_EDITOR_PASSWORD", "test-editor");

    static ExtractableResponse<Response> post(RequestSpecification spec, String query, Map<String, Object> variables) {
        return spec.contentType("application/json").body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().extract();
    }

    static ExtractableResponse<Response> post(String query, Map<String, Object> variables) {
        return post(given(), query, variables);
    }

    @Test
    void shouldAnswerARepeatedQueryWithTheSameBytesAndHeaders() {
        Map<String, Object> variables = Map.of("first", 7, "sort", Map.of("field", "NAME", "direction", "DESC"));
        ExtractableResponse<Response> miss = post(PAGE, variables);
        ExtractableResponse<Response> hit = post(PAGE, variables);
        assertEquals(200, miss.statusCode());
        assertEquals(200, hit.statusCode());
        assertArrayEquals(miss.body().asByteArray(), hit.body().asByteArray());
        assertEquals(miss.contentType(), hit.contentType());
        assertEquals("application/json; charset=utf-8", hit.contentType());
        assertEquals(miss.header("ETag"), hit.header("ETag"));
        assertEquals(miss.header("Cache-Control"), hit.header("Cache-Control"));
        assertEquals(7, hit.jsonPath().getList("data.models.items").size());
    }

    @Test
    void shouldKeepOneAnswerPerMediaType() {
        String query = "{ labs { slug } }";
        ExtractableResponse<Response> json = post(given().accept("application/json"), query, Map.of());
        ExtractableResponse<Response> graphql = post(given().accept(GraphQLOverHttpTest.GRAPHQL_RESPONSE), query, Map.of());
        post(given().accept("application/json"), query, Map.of());
        assertEquals("application/json; charset=utf-8", json.contentType());
        assertEquals(GraphQLOverHttpTest.GRAPHQL_RESPONSE + "; charset=utf-8",
                post(given().accept(GraphQLOverHttpTest.GRAPHQL_RESPONSE), query, Map.of()).contentType());
        assertEquals(json.header("ETag"), graphql.header("ETag"), "the same bytes, so the same tag");
    }

    @Test
    void shouldNotDependOnTheOrderOfVariablesOrOnWhiteSpace() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("first", 3);
        one.put("sort", Map.of("field", "NAME", "direction", "ASC"));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("sort", Map.of("direction", "ASC", "field", "NAME"));
        other.put("first", 3);
        ExtractableResponse<Response> a = post(PAGE, one);
        ExtractableResponse<Response> b = post(PAGE.replace(" ", "  ").replace("\n", " , # a comment\n"), other);
        assertArrayEquals(a.body().asByteArray(), b.body().asByteArray());
        assertEquals(a.header("ETag"), b.header("ETag"));
    }

    @Test
    void shouldAnswerFreshAfterAWrite() {
        Map<String, Object> slug = Map.of("slug", "openai");
        Map<String, Object> before = post(LAB, slug).jsonPath().getMap("data.lab");
        post(LAB, slug);   // cached now
        Map<String, Object> changed = new HashMap<>(before);
        changed.put("website", "https://cache.test/" + System.nanoTime());
        changed.put("reason", "GraphQLResponseCacheTest");
        try {
            ExtractableResponse<Response> write = post(given().auth().preemptive().basic("editor", PASSWORD), UPSERT_LAB,
                    Map.of("input", changed));
            assertEquals(changed.get("website"), write.jsonPath().getString("data.upsertLab.website"), write.asString());
            assertNull(write.header("ETag"), "a mutation is never cached");
            assertEquals(changed.get("website"), post(LAB, slug).jsonPath().getString("data.lab.website"));
        } finally {
            Map<String, Object> back = new HashMap<>(before);
            back.put("reason", "GraphQLResponseCacheTest: undo");
            post(given().auth().preemptive().basic("editor", PASSWORD), UPSERT_LAB, Map.of("input", back));
        }
        assertEquals(before.get("website"), post(LAB, slug).jsonPath().getString("data.lab.website"));
    }

    @Test
    void shouldNotAnswerRequestsWithCredentialsFromTheCache() {
        String query = "{ labs { slug name } }";
        post(query, Map.of());
        assertNotEquals(null, post(query, Map.of()).header("ETag"));
        // (No wrong password here: each one counts towards the login limit of every later test from this address.)
        ExtractableResponse<Response> editor = post(given().auth().preemptive().basic("editor", PASSWORD), query, Map.of());
        assertEquals(200, editor.statusCode());
        assertNull(editor.header("ETag"), "an editor's answer is neither served from nor stored in the cache");
    }

    @Test
    void shouldNeverCacheAMutation() {
        String mutation = "mutation { upsertLab(input: { slug: \"openai\", name: \"OpenAI\" }) { slug } }";
        for (int i = 0; i < 2; i++) {
            ExtractableResponse<Response> anonymous = post(mutation, Map.of());
            assertEquals("UNAUTHENTICATED", anonymous.jsonPath().getString("errors[0].extensions.code"));
            assertNull(anonymous.header("ETag"));
        }
    }

    @Test
    void shouldStillRefuseAnOverCostQuery() {
        for (int i = 0; i < 2; i++) {
            GraphQLOverHttpTest.refused("{ models(first:500) { items { name lab { models { name lab { models { name } } } } } } }")
                    .header("ETag", nullValue());
        }
    }

    @Test
    void shouldNotCacheAnswersWithErrors() {
        String query = "{ models(first: 2) { items { slug score(benchmark: \"no-such-benchmark\") } } }";
        for (int i = 0; i < 2; i++) {
            ExtractableResponse<Response> answer = post(query, Map.of());
            assertEquals("UNKNOWN_BENCHMARK", answer.jsonPath().getString("errors[0].extensions.code"), answer.asString());
            assertNull(answer.header("ETag"));
        }
    }

    @Test
    void shouldAnswer304WhenTheClientHasTheAnswer() {
        String query = "{ benchmarks { slug } }";
        String etag = given().queryParam("query", query).when().get("/graphql").then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        given().queryParam("query", query).header("If-None-Match", etag).when().get("/graphql").then().statusCode(304)
                .header("ETag", equalTo(etag));
        assertEquals(304, post(given().header("If-None-Match", etag), query, Map.of()).statusCode());
        assertEquals(200, post(given().header("If-None-Match", "\"other\""), query, Map.of()).statusCode());
    }

    @Test
    void shouldAnswerAPersistedQueryByItsHashOnceItWasSent() {
        String query = "{ labs { slug modelCount } }   # persisted";
        String hash = PersistedQueries.sha256(query);
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
        ExtractableResponse<Response> unknown = given().contentType("application/json").body(Map.of("extensions", extensions))
                .when().post("/graphql").then().extract();
        assertEquals(200, unknown.statusCode());
        assertEquals("PERSISTED_QUERY_NOT_FOUND", unknown.jsonPath().getString("errors[0].extensions.code"), unknown.asString());
        ExtractableResponse<Response> sent = given().contentType("application/json").body(Map.of("query", query, "extensions", extensions))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue()).extract();
        ExtractableResponse<Response> byHash = given().contentType("application/json").body(Map.of("extensions", extensions))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue()).extract();
        assertArrayEquals(sent.body().asByteArray(), byHash.body().asByteArray());
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .when().get("/graphql").then().statusCode(200).body("data.labs[0].slug", notNullValue());
    }

    @Test
    void shouldRefuseAPersistedQueryWhoseHashIsNotItsDocuments() {
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQueries.sha256("{ labs { slug } }")));
        ExtractableResponse<Response> answer = given().contentType("application/json")
                .body(Map.of("query", "{ labs { name } }", "extensions", extensions)).when().post("/graphql").then().extract();
        assertEquals("BAD_REQUEST", answer.jsonPath().getString("errors[0].extensions.code"), answer.asString());
        assertNull(answer.jsonPath().get("data"));
    }
}

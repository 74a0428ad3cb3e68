package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GraphQL playground (/playground): its examples run against the current schema with data and no error, its
 * assets are served by the app from the mvnpm jars, and the model, lab and benchmark pages link to it with their
 * query. Over HTTP only, so that PlaygroundIT re-runs it against the packaged app.
 */
@QuarkusTest
class PlaygroundTest {

    /** The page's scripts and stylesheets, every one from the app itself. */
    static final List<String> ASSETS = List.of(
            "/_static/react/umd/react.production.min.js",
            "/_static/react-dom/umd/react-dom.production.min.js",
            "/_static/graphiql/3.2.0/graphiql.min.js",
            "/_static/graphiql/3.2.0/graphiql.min.css",
            "/js/playground.js");

    private static JsonPath graphql(String document) {
        return given().contentType(ContentType.JSON).body(Map.of("query", document))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    /** Every top-level field of the answer holds data, and there is no error. */
    private static void assertData(String name, String document) {
        JsonPath answer = graphql(document);
        assertNull(answer.get("errors"), name + ": " + answer.prettify());
        Map<String, Object> data = answer.getMap("data");
        assertNotNull(data, name);
        assertFalse(data.isEmpty(), name);
        data.forEach((field, value) -> assertNotNull(value, name + ": " + field + " is null"));
    }

    @Test
    void shouldAnswerEveryExampleWithDataAndNoErrorWhenRunAgainstTheSchema() {
        assertEquals(List.of("leaderboard", "model", "lab", "ranking", "compare", "prices", "as-of"),
                PlaygroundQueries.EXAMPLES.stream().map(PlaygroundQueries.Example::id).toList());
        PlaygroundQueries.EXAMPLES.forEach(e -> assertData(e.id(), e.query()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAnswerTheExamplesWithTheBundledModels() {
        JsonPath leaderboard = graphql(PlaygroundQueries.EXAMPLES.get(0).query());
        assertEquals(10, leaderboard.getList("data.models.items").size());
        assertNotNull(leaderboard.get("data.models.items[0].gpqa"), "the best on GPQA has a GPQA score");
        JsonPath model = graphql(PlaygroundQueries.EXAMPLES.get(1).query());
        assertEquals("GPT-5", model.get("data.model.name"));
        assertFalse(model.getList("data.model.scores").isEmpty());
        JsonPath compare = graphql(PlaygroundQueries.EXAMPLES.get(4).query());
        assertNull(compare.get("errors"), () -> "errors: " + compare.get("errors"));
        Map<String, Object> compared = (Map<String, Object>) compare.getMap("data").get("compare");
        assertNotNull(compared, compare::prettify);
        assertEquals(List.of("GPT-5", "DeepSeek-R2", "GPT-4o"),
                ((List<Map<String, Object>>) compared.get("models")).stream().map(m -> m.get("name")).toList());
        assertFalse(((List<?>) compared.get("benchmarks")).isEmpty(), "they share benchmarks");
    }

    @Test
    void shouldAnswerTheQueriesBehindAModelALabAndABenchmarkPage() {
        assertData("model", PlaygroundQueries.modelQuery("deepseek-ai/deepseek-r2"));
        assertData("lab", PlaygroundQueries.labQuery("openai"));
        assertData("benchmark", PlaygroundQueries.benchmarkQuery("gpqa"));
        assertEquals("DeepSeek-R2", graphql(PlaygroundQueries.modelQuery("deepseek-ai/deepseek-r2")).get("data.model.name"));
    }

    @Test
    void shouldServeThePlaygroundWithItsExamplesAndTheFirstInTheFormWhenNoQueryIsGiven() {
        String html = page("/playground");
        assertTrue(html.contains("<h1>GraphQL playground</h1>"), html);
        for (PlaygroundQueries.Example e : PlaygroundQueries.EXAMPLES) {
            assertTrue(html.contains("data-example=\"" + e.id() + "\""), e.id());
            assertTrue(html.contains("href=\"" + e.href() + "\""), e.id());
        }
        // Without JavaScript the first example is in a form that GET /graphql answers.
        assertTrue(html.contains("<form class=\"playground-form\" id=\"playground-form\" action=\"/graphql\" method=\"get\">"));
        assertTrue(html.contains("query LeaderboardByBenchmark {"));
        ASSETS.forEach(asset -> assertTrue(html.contains(asset), asset));
        assertFalse(html.contains("src=\"http"), "no script from another site");
        assertFalse(html.contains("stylesheet\" href=\"http"), "no stylesheet from another site");
    }

    @Test
    void shouldServeEveryAssetOfThePlaygroundFromTheApp() {
        for (String asset : ASSETS) {
            given().when().get(asset).then().statusCode(200).contentType(containsString(asset.endsWith(".css") ? "text/css" : "javascript"));
        }
    }

    @Test
    void shouldPutTheLinkedQueryInTheFormEscapedWhenQueryIsGiven() {
        String html = given().queryParam("query", "{ model(slug: \"openai/gpt-5\") { name } } # <b>&").when().get("/playground")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("{ model(slug: &quot;openai/gpt-5&quot;) { name } } # &lt;b&gt;&amp;</textarea>"), html);
    }

    @Test
    void shouldRunTheFormsQueryOverGetWhenJavaScriptIsOff() {
        given().queryParam("query", PlaygroundQueries.EXAMPLES.get(2).query()).when().get("/graphql")
                .then().statusCode(200).body(containsString("\"name\":\"DeepSeek-AI\""));
    }

    @Test
    void shouldLinkToThePlaygroundWithThePagesQueryFromModelLabAndBenchmarkPages() {
        assertTrue(page("/models/openai/gpt-5").contains(
                "<a class=\"graphql-link\" href=\"" + PlaygroundQueries.href(PlaygroundQueries.modelQuery("openai/gpt-5")) + "\">Query this in GraphQL</a>"));
        assertTrue(page("/labs/openai").contains(
                "<a class=\"graphql-link\" href=\"" + PlaygroundQueries.href(PlaygroundQueries.labQuery("openai")) + "\">Query this in GraphQL</a>"));
        assertTrue(page("/benchmarks/gpqa").contains(
                "<a class=\"graphql-link\" href=\"" + PlaygroundQueries.href(PlaygroundQueries.benchmarkQuery("gpqa")) + "\">Query this in GraphQL</a>"));
        assertTrue(PlaygroundQueries.href("a b+c").endsWith("?query=a%20b%2Bc"), "a space is %20, a plus stays a plus");
    }

    @Test
    void shouldLinkTheNavsApiAndTheFooterToThePlaygroundAndKeepTheStockGraphiql() {
        String html = page("/playground");
        assertTrue(html.contains("<li><a href=\"/playground\" aria-current=\"page\">API</a></li>"), "nav");
        assertTrue(page("/labs").contains("<a href=\"/playground\">GraphQL API</a>"), "footer");
        given().when().get("/q/graphql-ui/").then().statusCode(200);
    }

    @Test
    void shouldGiveThePlaygroundGraphiqlsPolicyAndEveryOtherPageTheStrictOne() {
        given().when().get("/playground").then().statusCode(200)
                .header("Content-Security-Policy", SecurityHeaders.GRAPHQL_UI_POLICY)
                .header("Content-Security-Policy", startsWith("default-src 'self'"));
        given().when().get("/playgrounds").then().header("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        given().when().get("/labs").then().header("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
    }
}

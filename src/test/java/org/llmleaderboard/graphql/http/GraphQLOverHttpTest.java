package org.llmleaderboard.graphql.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code /graphql} under the GraphQL-over-HTTP specification and the query cost limit. Re-run against the
 * packaged app by {@link GraphQLOverHttpIT}.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    static ValidatableResponse post(String accept, Object body) {
        return given().contentType("application/json").accept(accept).body(body).when().post("/graphql").then();
    }

    static ValidatableResponse refused(String query) {
        return post(GRAPHQL_RESPONSE, Map.of("query", query)).statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_EXPENSIVE"))
                .body("errors[0].extensions.limit", equalTo(50_000))
                .body("errors[0].extensions.cost", greaterThan(50_000));
    }

    @Test
    void shouldRefuseTheNestedLabModelsQueryBeforeRunningIt() {
        refused("{ models(first:500) { items { name lab { models { name lab { models { name lab { models { name } } } } } } } } }");
    }

    @Test
    void shouldRefuseAnAliasBomb() {
        StringBuilder bomb = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            bomb.append(" a").append(i).append(": models(first: 500) { items { name } }");
        }
        refused(bomb.append(" }").toString());
    }

    @Test
    void shouldRefuseAFragmentCycle() {
        post(GRAPHQL_RESPONSE, Map.of("query", "fragment A on Query { labs { ...B } } fragment B on Lab { models { lab { ...A2 } } } "
                + "fragment A2 on Lab { ...B } { ...A }"))
                .statusCode(400).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void shouldRefuseADeepIntrospectionQuery() {
        // types → fields → type → ofType → fields → …, six times over: 21 levels. (Introspection is costed exactly
        // against the schema, where this is under 1,100 values; its depth is what gives it away.)
        String level = "fields { type { ofType { ";
        post(GRAPHQL_RESPONSE, Map.of("query", "{ __schema { types { " + level.repeat(6) + "name" + " } } }".repeat(6) + " } } }"))
                .statusCode(400).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].extensions.depth", equalTo(21))
                .body("errors[0].extensions.limit", equalTo(15));
    }

    @Test
    void shouldAcceptEveryExampleQueryOfTheReadme() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        List<String> queries = readmeQueries(readme);
        org.junit.jupiter.api.Assertions.assertTrue(queries.size() >= 5, "README examples found: " + queries);
        for (String query : queries) {
            post(GRAPHQL_RESPONSE, Map.of("query", query)).statusCode(200)
                    .body("errors", nullValue()).body("data", notNullValue());
        }
    }

    @Test
    void shouldAcceptTheSchemaIntrospectionQueryOfTheGraphQLUi() throws Exception {
        post(GRAPHQL_RESPONSE, Map.of("query", QueryCostTest.resource("/graphql/introspection.graphql"))).statusCode(200)
                .body("errors", nullValue()).body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void shouldAnswerInTheMediaTypeTheClientAccepts() {
        post(GRAPHQL_RESPONSE, Map.of("query", "{ __typename }")).statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE)).body("data.__typename", equalTo("Query"));
        post("application/json", Map.of("query", "{ __typename }")).statusCode(200).contentType(startsWith("application/json"));
        post("*/*", Map.of("query", "{ __typename }")).statusCode(200).contentType(startsWith("application/json"));
        post("text/html", Map.of("query", "{ __typename }")).statusCode(406).body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void shouldAnswer400ForABodyThatIsNotJson() {
        for (String accept : List.of(GRAPHQL_RESPONSE, "application/json")) {
            given().contentType("application/json").accept(accept).body("{ \"query\": ").when().post("/graphql").then()
                    .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
        post(GRAPHQL_RESPONSE, Map.of("qeury", "{ __typename }")).statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post(GRAPHQL_RESPONSE, Map.of("query", 42)).statusCode(400);
        post(GRAPHQL_RESPONSE, Map.of("query", "{ __typename }", "variables", "x")).statusCode(400);
    }

    @Test
    void shouldNameTheLineAndColumnOfASyntaxError() {
        post(GRAPHQL_RESPONSE, Map.of("query", "{\n  models {\n    items { name }\n")).statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(4))
                .body("errors[0].locations[0].column", equalTo(1))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("line 4 column 1"));
        // older clients (application/json) get the same errors in a 200
        post("application/json", Map.of("query", "{ models {")).statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void shouldAnswer400ForADocumentThatFailsValidation() {
        post(GRAPHQL_RESPONSE, Map.of("query", "{ models { items { nope } } }")).statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].locations[0].column", equalTo(20));
    }

    @Test
    void shouldAnswer405ForAMutationOverGet() {
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "mutation { deleteModel(slug: \"openai/gpt-45\") }")
                .when().get("/graphql").then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "{ model(slug: \"openai/gpt-45\") { name } }")
                .when().get("/graphql").then().statusCode(200).body("data.model.name", equalTo("GPT-4.5"));
    }

    @Test
    void shouldAnswer415ForAFormOrAMissingContentType() {
        given().contentType("application/x-www-form-urlencoded").formParam("query", "{ __typename }")
                .when().post("/graphql").then().statusCode(415).body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("text/plain").body("{\"query\":\"{ __typename }\"}")
                .when().post("/graphql").then().statusCode(415);
    }

    @Test
    void shouldGiveEveryErrorACode() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("n", null);
        // graphql-java's own errors (a null for a non-null variable, a page too large) get one too
        post("application/json", Map.of("query", "query($n: Int!) { models(first: $n) { totalCount } }", "variables", variables))
                .statusCode(200).body("errors", notNullValue()).body("errors.extensions", everyItem(hasKey("code")));
        post("application/json", Map.of("query", "{ models(first: 501) { totalCount } benchmark(slug: \"gpqa\") { ranking(first: -1) { value } } }"))
                .statusCode(200).body("errors.extensions.code", everyItem(notNullValue()))
                .body("errors.extensions.code", not(org.hamcrest.Matchers.hasItem(nullValue())));
    }

    /** The GraphQL of README's examples: the curl one, then each `{ … }` block of the graphql code block after it. */
    static List<String> readmeQueries(String readme) {
        List<String> out = new java.util.ArrayList<>();
        Matcher curl = Pattern.compile("-d '\\{\"query\":\"(\\{ model\\(.*?)\"\\}'").matcher(readme);
        if (curl.find()) {
            out.add(curl.group(1).replace("\\\"", "\""));
        }
        int examples = readme.indexOf("Examples:");
        int start = readme.indexOf("```graphql", examples) + "```graphql".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (String line : block.split("\n")) {
            if (line.startsWith("#") && depth == 0) {
                continue;
            }
            current.append(line).append('\n');
            depth += line.chars().filter(c -> c == '{').count() - line.chars().filter(c -> c == '}').count();
            if (depth == 0 && !current.toString().isBlank()) {
                out.add(current.toString().trim());
                current.setLength(0);
            }
        }
        return out;
    }

    // Regressions found by FuzzTest: each of these was a 500.

    /** A request to /graphql that REST Assured would tidy up (odd Content-Type values, form bodies): status and body. */
    static java.net.http.HttpResponse<String> raw(String method, String query, String contentType, String body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/graphql" + query))
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswer415ToAContentTypeOfOnlySemicolons() throws Exception {
        var response = raw("POST", "", ";;;", "{\"query\": \"{ labs { slug } }\"}");
        org.junit.jupiter.api.Assertions.assertEquals(415, response.statusCode(), response.body());
        org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("UNSUPPORTED_MEDIA_TYPE"), response.body());
    }

    @Test
    void shouldAnswer400ToJsonNestedDeeperThanTheParserAllows() throws Exception {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        var post = raw("POST", "", "application/json", "{\"query\": \"{ labs { slug } }\", \"variables\": {\"a\": " + deep + "}}");
        org.junit.jupiter.api.Assertions.assertEquals(400, post.statusCode(), post.body());
        org.junit.jupiter.api.Assertions.assertTrue(post.body().contains("BAD_REQUEST"), post.body());
        // GET: 1,001 opening brackets (all of them would not fit the URL limit) reach the nesting limit first.
        given().urlEncodingEnabled(false).queryParam("query", "%7B%20labs%20%7B%20slug%20%7D%20%7D")
                .queryParam("variables", "%5B".repeat(1001))
                .when().get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void shouldAnswer415ToFormBodiesThatCannotBeDecoded() throws Exception {
        List<String> wrong = new java.util.ArrayList<>();
        for (String[] form : new String[][]{
                {"POST", "application/x-www-form-urlencoded", "{\"query\": \"%x%\"}"},           // JSON, as a form: a broken %-escape
                {"POST", "application/x-www-form-urlencoded", "query=" + "x".repeat(5000)},      // a field over 2 KB
                {"POST", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n"
                        + "x".repeat(5000) + "\r\n--x--\r\n"},                                     // a multipart field over 2 KB
                {"OPTIONS", "multipart/form-data", "{\"query\": \"{ labs { slug } }\"}"}}) {     // multipart, not POST
            var response = raw(form[0], "", form[1], form[2]);
            if (response.statusCode() != 415 || !response.body().contains("UNSUPPORTED_MEDIA_TYPE")) {
                wrong.add(form[0] + " " + form[1] + " " + form[2].substring(0, Math.min(40, form[2].length())) + ": "
                        + response.statusCode() + " " + response.body().substring(0, Math.min(200, response.body().length())));
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), wrong);
    }
}

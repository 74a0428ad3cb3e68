package org.llmleaderboard.graphql.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lists of objects completed in one pass ({@link DirectLists}) answer exactly what graphql-java's own completion
 * answers, and a list that needs a resolver, or fails, is left to graphql-java. Each document is posted twice, with
 * the one-pass completion on and off, as the editor (whose answers are never cached, so both runs execute).
 */
@QuarkusTest
class DirectListsTest {

    private static final String BENCHMARK_PAGE = "{ models(first: 100) { totalCount items { slug name parameters trainingTokens "
            + "alScore alScoreBand lab { slug name } mmlu: score(benchmark: \"mmlu\") mmluPro: score(benchmark: \"mmlu-pro\") "
            + "gpqa: score(benchmark: \"gpqa\") hle: score(benchmark: \"hle\") } } }";

    /** Fragments, inline fragments, directives, variables, aliases, __typename, enums, dates, nested lists and objects. */
    private static final String EVERY_FORM = """
            query Page($b: String!, $withLab: Boolean!, $hide: Boolean!) {
              models(first: 60, sort: { field: BENCHMARK, benchmark: "gpqa", direction: DESC }) {
                totalCount
                items {
                  __typename ...basic
                  lab @include(if: $withLab) { __typename slug name country website }
                  picked: score(benchmark: $b) again: score(benchmark: $b)
                  notes @skip(if: $hide)
                  ... on LanguageModel { releasePrecision releaseDate announcedOn inputModalities headlineTags tags }
                  capability { score coverage of lowCoverage benchmarks }
                  family { slug name } variantOf { slug }
                  scores { value headline date setting edition scale stderr verified comparableSetting { __typename key label shots cot } }
                }
              }
            }
            fragment basic on LanguageModel { slug name parameters activeParameters contextWindow openWeights reasoning
              inputPrice outputPrice tokenParamRatio version variantCount access architecture }
            """;

    @AfterEach
    void backOn() {
        DirectLists.enabled = true;
    }

    @Test
    void shouldAnswerEveryDocumentExactlyAsGraphqlJavaDoes() {
        Map<String, Object> variables = Map.of("b", "gpqa", "withLab", true, "hide", false);
        // document -> whether its lists complete in one pass
        Map<String, Boolean> documents = new LinkedHashMap<>();
        documents.put(BENCHMARK_PAGE, true);
        documents.put(EVERY_FORM, true);
        documents.put("{ labs { slug name country website } benchmarks { slug name } }", true);
        documents.put("{ models(first: 40) { items { slug aliases lab { slug aliases } } } }", false);
        // A direct list beside a batch-loaded one: the loader's dispatch must not wait for the direct list's objects.
        documents.put("{ labs { slug name } models(first: 20) { items { slug aliases lab { slug } } } }", true);
        // Lists of a batch resolver's answer, completed directly inside graphql-java's completion of the page.
        documents.put("{ models(first: 30) { items { slug variants { slug name releaseDate } } } }", true);
        documents.put("{ models(first: 40) { items { slug scores { value benchmark { slug } source { __typename } } } } }", false);
        documents.put("{ models(first: 30) { items { slug mmlu: score(benchmark: \"no-such-benchmark\") } } }", false);
        // Direct lists in an answer with errors, which SmallRye writes instead of CappedJson.
        documents.put("{ labs { slug name } models(first: 3) { items { slug x: score(benchmark: \"no-such-benchmark\") } } }", true);
        documents.forEach((document, onePass) -> {
            long before = DirectLists.COMPLETED.sum();
            String direct = answer(document, variables);
            assertEquals(onePass, DirectLists.COMPLETED.sum() > before, "completed in one pass: " + document);
            DirectLists.enabled = false;
            String graphqlJava = answer(document, variables);
            DirectLists.enabled = true;
            assertEquals(graphqlJava, direct, document);
            if (onePass && !document.contains("no-such-benchmark")) {
                assertNull(JsonPath.from(direct).get("errors"), document);
            }
        });
    }

    @Test
    void shouldCompleteThePageOfModelsInOnePass() {
        long before = DirectLists.COMPLETED.sum();
        JsonPath page = JsonPath.from(answer(BENCHMARK_PAGE, Map.of()));
        assertEquals(before + 1, DirectLists.COMPLETED.sum(), "the items list");
        assertNull(page.get("errors"));
        assertEquals(100, page.getList("data.models.items").size());
        assertTrue(page.getList("data.models.items.gpqa").stream().filter(v -> v != null).count() >= 20);
        assertTrue(page.getList("data.models.items.lab.slug").stream().allMatch(slug -> !((String) slug).isBlank()));

        long beforeEveryForm = DirectLists.COMPLETED.sum();
        JsonPath everyForm = JsonPath.from(answer(EVERY_FORM, Map.of("b", "gpqa", "withLab", true, "hide", true)));
        assertNull(everyForm.get("errors"));
        assertEquals(beforeEveryForm + 1, DirectLists.COMPLETED.sum(), "the items list, score lists and all");
        Map<String, Object> first = everyForm.getMap("data.models.items[0]");
        assertEquals("LanguageModel", first.get("__typename"));
        assertEquals(first.get("picked"), first.get("again"));
        assertTrue(!first.containsKey("notes"), "@skip(if: true) leaves notes out: " + first.keySet());
        assertEquals(List.of("__typename", "slug", "name"), List.copyOf(((Map<?, ?>) first.get("lab")).keySet()).subList(0, 3));
    }

    @Test
    void shouldLeaveAListWithABatchResolverToGraphqlJava() {
        long before = DirectLists.COMPLETED.sum();
        JsonPath answer = JsonPath.from(answer("{ models(first: 10) { items { slug aliases } } }", Map.of()));
        assertNull(answer.get("errors"));
        assertEquals(10, answer.getList("data.models.items").size());
        assertEquals(before, DirectLists.COMPLETED.sum());
    }

    @Test
    void shouldStillReportAnUnknownBenchmarkWithItsCode() {
        long before = DirectLists.COMPLETED.sum();
        JsonPath answer = JsonPath.from(answer("{ models(first: 3) { items { slug x: score(benchmark: \"no-such-benchmark\") } } }",
                Map.of()));
        assertEquals("UNKNOWN_BENCHMARK", answer.getString("errors[0].extensions.code"));
        assertEquals(before, DirectLists.COMPLETED.sum());
    }

    private static String answer(String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return given().auth().preemptive().basic("editor", "test-editor").contentType(ContentType.JSON).body(body)
                .when().post("/graphql").then().statusCode(200).extract().asString();
    }
}

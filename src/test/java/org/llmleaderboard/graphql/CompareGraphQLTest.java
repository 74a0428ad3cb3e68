package org.llmleaderboard.graphql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GraphQL's {@code compare}: the compare page's data, over the bundled data. */
@QuarkusTest
class CompareGraphQLTest {

    private static final String COMPARE = """
            query ($models: [String!]!) {
              compare(models: $models) {
                models { slug name lab { name } parameters contextWindow }
                benchmarks {
                  benchmark { slug name }
                  setting { key label }
                  scores { model { slug } value sourceUrl date comparableSetting { key } }
                }
              }
            }""";

    private static final String RANKING = """
            query ($slug: String!, $setting: String!) {
              benchmark(slug: $slug) { ranking(setting: $setting, first: 500) { model { slug } value } }
            }""";

    @Test
    void shouldCompareModelsLikeForLikeAsTheRankingsCountThem() {
        JsonPath json = GraphQL.query(COMPARE, Map.of("models", List.of("openai/gpt-4o", "anthropic/claude-35-sonnet", "meta-ai/llama-31-405b")))
                .body("errors", nullValue())
                .body("data.compare.models.slug", contains("openai/gpt-4o", "anthropic/claude-35-sonnet", "meta-ai/llama-31-405b"))
                .body("data.compare.models.lab.name", contains("OpenAI", "Anthropic", "Meta AI"))
                .extract().jsonPath();
        List<Map<String, Object>> rows = json.getList("data.compare.benchmarks");
        assertTrue(rows.stream().anyMatch(r -> "mmlu".equals(((Map<?, ?>) r.get("benchmark")).get("slug"))), "MMLU is shared");
        for (Map<String, Object> row : rows) {
            String key = (String) ((Map<?, ?>) row.get("setting")).get("key");
            List<Map<String, Object>> scores = (List<Map<String, Object>>) row.get("scores");
            assertTrue(scores.size() >= 2, "a row is shared by two models at least: " + row);
            // Like for like: every score of a row was measured in the row's setting.
            scores.forEach(s -> assertEquals(key, ((Map<?, ?>) s.get("comparableSetting")).get("key"), row.toString()));
        }
        // The numbers are those the benchmark's ranking in that setting gives these models.
        for (Map<String, Object> row : rows.subList(0, Math.min(3, rows.size()))) {
            String slug = (String) ((Map<?, ?>) row.get("benchmark")).get("slug");
            String key = (String) ((Map<?, ?>) row.get("setting")).get("key");
            List<Map<String, Object>> ranking = GraphQL.query(RANKING, Map.of("slug", slug, "setting", key)).body("errors", nullValue())
                    .extract().jsonPath().getList("data.benchmark.ranking");
            for (Map<String, Object> score : (List<Map<String, Object>>) row.get("scores")) {
                Object model = ((Map<?, ?>) score.get("model")).get("slug");
                Map<String, Object> ranked = ranking.stream().filter(r -> model.equals(((Map<?, ?>) r.get("model")).get("slug"))).findFirst()
                        .orElseThrow(() -> new AssertionError(model + " is ranked on " + slug + " in " + key));
                assertEquals(ranked.get("value"), score.get("value"), model + " on " + slug + " in " + key);
            }
        }
    }

    @Test
    void shouldResolveAliasesAndDropDuplicates() {
        GraphQL.query(COMPARE, Map.of("models", List.of("gpt-4o-2024-05-13", "anthropic/claude-35-sonnet", "openai/gpt-4o")))
                .body("errors", nullValue())
                .body("data.compare.models.slug", contains("openai/gpt-4o", "anthropic/claude-35-sonnet"));
    }

    @Test
    void shouldRefuseTooFewTooManyOrUnknownModelsWithACode() {
        GraphQL.query(COMPARE, Map.of("models", List.of("openai/gpt-4o")))
                .body("errors[0].message", containsString("at least 2"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.query(COMPARE, Map.of("models", List.of("a/1", "a/2", "a/3", "a/4", "a/5", "a/6", "a/7")))
                .body("errors[0].message", containsString("at most 6"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.query(COMPARE, Map.of("models", List.of("openai/gpt-4o", "nobody/nothing")))
                .body("errors[0].message", containsString("No model 'nobody/nothing'"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void shouldKeepTheSchemaAdditive() {
        String schema = io.restassured.RestAssured.given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertTrue(schema.contains("compare(models: [String!]!): Comparison!"), "the compare query");
        assertTrue(schema.contains("type ComparedBenchmark"));
        assertFalse(schema.contains("byModel"), "the page's lookup map stays out of the schema");
    }
}

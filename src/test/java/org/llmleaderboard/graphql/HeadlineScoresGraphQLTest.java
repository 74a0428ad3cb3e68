package org.llmleaderboard.graphql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmleaderboard.graphql.GraphQL.query;

/**
 * {@code models} reads each model's score list only when the query selects {@code scores}; otherwise the headlines
 * alone, which must give {@code score(benchmark:)} the same values.
 */
@QuarkusTest
class HeadlineScoresGraphQLTest {

    private static final String SCORES = """
            mmlu: score(benchmark: "mmlu") gpqa: score(benchmark: "gpqa") hle: score(benchmark: "hle")
            swe: score(benchmark: "swe-bench-verified") aime: score(benchmark: "aime-2025")""";

    @Test
    void shouldAnswerScoreByBenchmarkTheSameWhetherOrNotTheQuerySelectsTheScoreList() {
        for (String sort : List.of("", "sort: { field: BENCHMARK, benchmark: \"gpqa\", direction: DESC }, ")) {
            List<Map<String, Object>> headlinesOnly = items("{ models(" + sort + "first: 300) { items { slug " + SCORES + " } } }");
            List<Map<String, Object>> withLists = items("{ models(" + sort + "first: 300) { items { slug " + SCORES + " scores { value } } } }");
            assertEquals(300, headlinesOnly.size());
            for (int i = 0; i < headlinesOnly.size(); i++) {
                Map<String, Object> full = new java.util.HashMap<>(withLists.get(i));
                full.remove("scores");
                assertEquals(full, headlinesOnly.get(i), "model " + i + " sorted by '" + sort + "'");
            }
            long scored = headlinesOnly.stream().filter(m -> m.get("gpqa") != null).count();
            assertTrue(scored >= 50, "GPQA scores among the 300: " + scored);
        }
    }

    @Test
    void shouldGiveEveryModelItsWholeScoreListWhenTheQuerySelectsIt() {
        JsonPath json = query("{ models(first: 100) { items { slug gpqa: score(benchmark: \"gpqa\") scores { value headline } } } }")
                .body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> items = json.getList("data.models.items");
        long withLists = items.stream().filter(m -> !((List<?>) m.get("scores")).isEmpty()).count();
        // 73 in the test data: an empty list for each would mean the headlines-only read was taken.
        assertTrue(withLists >= 70, "models with a score list among the first 100: " + withLists);
        for (Map<String, Object> m : items) {
            if (m.get("gpqa") != null) {
                assertTrue(((List<?>) m.get("scores")).size() >= 1, m.get("slug") + " has a GPQA score in its list");
            }
        }
    }

    private static List<Map<String, Object>> items(String document) {
        return query(document).body("errors", nullValue()).extract().jsonPath().getList("data.models.items");
    }
}

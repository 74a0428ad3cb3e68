package org.llmleaderboard.graphql;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.llmleaderboard.graphql.GraphQL.query;

/** {@code models(filter: { search })} searches as the leaderboard does: any spelling, one typo, exact matches first. */
@QuarkusTest
class SearchGraphQLTest {

    private static final String MODELS = """
            query($q: String) { models(filter: { search: $q }, first: 100) { totalCount items { slug name lab { slug } } } }""";

    @Test
    void shouldFindGpt4oFirstHoweverItsNameIsWritten() {
        for (String q : List.of("gpt 4o", "gpt4o", "GPT-4o", "gpt\u20114o", "\uFF27\uFF30\uFF34\uFF0D\uFF14\uFF4F")) {
            query(MODELS, Map.of("q", q)).body("errors", nullValue())
                    .body("data.models.items[0].slug", equalTo("openai/gpt-4o"));
        }
    }

    @Test
    void shouldCorrectATypoAndMatchTheLab() {
        // Corrected, "Gemini …" names start with the query: they rank before "Med-Gemini" and "Sec-Gemini".
        query(MODELS, Map.of("q", "gemnii")).body("errors", nullValue())
                .body("data.models.items.name", everyItem(containsString("Gemini")))
                .body("data.models.items[0].name", startsWith("Gemini"))
                .body("data.models.items[-1].name", not(startsWith("Gemini")));
        query(MODELS, Map.of("q", "anthropic sonnet")).body("errors", nullValue())
                .body("data.models.items.lab.slug", everyItem(equalTo("anthropic")));
    }
}

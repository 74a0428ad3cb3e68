package org.llmleaderboard.graphql.http;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.llmleaderboard.graphql.http.GraphQLOverHttpTest.GRAPHQL_RESPONSE;
import static org.llmleaderboard.graphql.http.GraphQLOverHttpTest.post;

/** The size cap of {@code /graphql}'s answers, set to 2,000 bytes here. */
@QuarkusTest
@TestProfile(GraphQLResponseSizeTest.SmallAnswers.class)
class GraphQLResponseSizeTest {

    public static class SmallAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("leaderboard.graphql.max-response-bytes", "2000");
        }
    }

    @Test
    void shouldRefuseAnAnswerLargerThanTheCap() {
        post(GRAPHQL_RESPONSE, Map.of("query", "{ labs { slug name } }")).statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("RESPONSE_TOO_LARGE"))
                .body("errors[0].extensions.limit", equalTo(2000));
        post(GRAPHQL_RESPONSE, Map.of("query", "{ stats { models } }")).statusCode(200)
                .body("data.stats.models", equalTo(TestData.ROWS));
    }
}

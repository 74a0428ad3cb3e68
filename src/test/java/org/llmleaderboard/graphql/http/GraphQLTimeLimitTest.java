package org.llmleaderboard.graphql.http;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.llmleaderboard.graphql.http.GraphQLOverHttpTest.GRAPHQL_RESPONSE;
import static org.llmleaderboard.graphql.http.GraphQLOverHttpTest.post;

/** The time limit of {@code /graphql}, set to zero here: the deadline has passed before any resolver could run. */
@QuarkusTest
@TestProfile(GraphQLTimeLimitTest.NoTime.class)
class GraphQLTimeLimitTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("leaderboard.graphql.timeout", "0s");
        }
    }

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldStopAQueryAtTheTimeLimitWithoutRunningItsResolvers() {
        var statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        post(GRAPHQL_RESPONSE, Map.of("query", "{ models(first: 500) { items { name lab { name } } } }"))
                .body("errors[0].extensions.code", equalTo("TIME_LIMIT_EXCEEDED"))
                // from the timer or from the resolver it stopped: either way, said in words (not "System error")
                .body("errors[0].message", containsString("was stopped"));
        assertEquals(0, statistics.getPrepareStatementCount(), "SQL statements run after the deadline");
    }
}

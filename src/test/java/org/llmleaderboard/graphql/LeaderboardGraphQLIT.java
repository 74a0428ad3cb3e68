package org.llmleaderboard.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The GraphQL contract against the packaged jar, in the prod profile, on an empty database of its own (FreshDatabase). */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class LeaderboardGraphQLIT extends LeaderboardGraphQLTest {
}

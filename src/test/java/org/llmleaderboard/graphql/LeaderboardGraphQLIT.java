package org.llmleaderboard.graphql;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.TemporaryDataDirectory;

/** The GraphQL contract against the packaged jar, in the prod profile, on its own temporary H2 file database. */
@QuarkusIntegrationTest
@WithTestResource(TemporaryDataDirectory.class)
class LeaderboardGraphQLIT extends LeaderboardGraphQLTest {
}

package org.llmleaderboard.graphql.http;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** {@link GraphQLResponseCacheTest} against the packaged application: the event-loop route as it is deployed. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class GraphQLResponseCacheIT extends GraphQLResponseCacheTest {
}

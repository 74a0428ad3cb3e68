package org.llmleaderboard.graphql.http;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** {@link GraphQLOverHttpTest} against the packaged application (jar or native executable). */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class GraphQLOverHttpIT extends GraphQLOverHttpTest {
}

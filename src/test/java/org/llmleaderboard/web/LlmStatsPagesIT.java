package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The merged llm-stats data in the packaged app: redirects of aliases, provenance, prices, columns, filters, GraphQL fields. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class LlmStatsPagesIT extends LlmStatsPagesTest {
}

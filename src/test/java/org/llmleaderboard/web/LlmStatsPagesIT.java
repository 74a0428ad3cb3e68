package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.TemporaryDataDirectory;

/** The merged llm-stats data in the packaged app: redirects of aliases, provenance, prices, columns, filters, GraphQL fields. */
@QuarkusIntegrationTest
@WithTestResource(TemporaryDataDirectory.class)
class LlmStatsPagesIT extends LlmStatsPagesTest {
}

package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** {@code /sources}, GraphQL's sources and the footer in the packaged app (and the native build), on an empty database of its own. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class SourcesPageIT extends SourcesPageTest {
}

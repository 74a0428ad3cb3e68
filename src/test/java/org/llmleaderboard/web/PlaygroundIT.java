package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The playground, its assets (from the mvnpm jars) and its examples in the packaged app, on an empty database of its own. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class PlaygroundIT extends PlaygroundTest {
}

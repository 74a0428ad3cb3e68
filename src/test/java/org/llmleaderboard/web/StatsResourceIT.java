package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The stats page, its charts and the scatter fragment in the packaged app. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class StatsResourceIT extends StatsResourceTest {
}

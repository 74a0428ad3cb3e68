package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The trends page and its charts in the packaged app. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class TrendsResourceIT extends TrendsResourceTest {
}

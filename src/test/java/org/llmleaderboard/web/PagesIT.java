package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The pages and fragments in the packaged app, on an empty database of its own (FreshDatabase). */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class PagesIT extends PagesTest {
}

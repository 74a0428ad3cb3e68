package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The error pages of the packaged app (prod profile: the same limits and mappers), on an empty database of its own. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class ErrorPagesIT extends ErrorPagesTest {
}

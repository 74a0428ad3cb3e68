package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The security headers of the packaged app, on an empty database of its own. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class SecurityHeadersIT extends SecurityHeadersTest {
}

package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.TemporaryDataDirectory;

/** The pages and fragments in the packaged app, on its own temporary H2 file database. */
@QuarkusIntegrationTest
@WithTestResource(TemporaryDataDirectory.class)
class PagesIT extends PagesTest {
}

package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The exports (CSV, JSON, the whole data set, markdown pages) in the packaged app. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class ExportResourceIT extends ExportResourceTest {
}

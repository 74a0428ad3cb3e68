package org.llmleaderboard.ops;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** Health and metrics in the packaged app. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class OperationsIT extends OperationsTest {
}

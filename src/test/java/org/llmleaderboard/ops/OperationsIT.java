package org.llmleaderboard.ops;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.TemporaryDataDirectory;

/** Health and metrics in the packaged app. */
@QuarkusIntegrationTest
@WithTestResource(TemporaryDataDirectory.class)
class OperationsIT extends OperationsTest {
}

package org.llmleaderboard.web.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** {@code /api/models} in the packaged app: Jackson writes its records, registered for a native executable. */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class ModelApiResourceIT extends ModelApiResourceTest {
}

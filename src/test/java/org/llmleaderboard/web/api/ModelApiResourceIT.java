package org.llmleaderboard.web.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.TemporaryDataDirectory;

/** {@code /api/models} in the packaged app: Jackson writes its records, registered for a native executable. */
@QuarkusIntegrationTest
@WithTestResource(TemporaryDataDirectory.class)
class ModelApiResourceIT extends ModelApiResourceTest {
}

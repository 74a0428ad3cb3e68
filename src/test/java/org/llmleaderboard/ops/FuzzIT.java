package org.llmleaderboard.ops;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.llmleaderboard.FreshDatabase;

/** The fuzz test against the packaged app, on an empty database of its own (FreshDatabase). */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class FuzzIT extends FuzzTest {
}

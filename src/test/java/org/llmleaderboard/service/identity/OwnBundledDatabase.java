package org.llmleaderboard.service.identity;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * A test profile for suites that change identities (merges, variants): a database of their own with the bundled data
 * loaded at start, so that their writes never reach the read tests. Every run starts from the bundled data, whatever an
 * earlier run merged: Flyway cleans it at start (PostgreSQL keeps its database between runs). On PostgreSQL the suites
 * share {@code leaderboard_identity} (created by {@code .ci/postgres-setup.sh}); profiles never run at once.
 */
public abstract class OwnBundledDatabase implements QuarkusTestProfile {

    /** The H2 in-memory database's name. */
    protected abstract String h2Name();

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        String url = "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))
                ? "jdbc:postgresql://127.0.0.1:5432/leaderboard_identity"
                : "jdbc:h2:mem:" + h2Name() + ";DB_CLOSE_DELAY=-1";
        config.put("quarkus.datasource.jdbc.url", url);
        config.put("%test.quarkus.datasource.jdbc.url", url);
        config.put("quarkus.flyway.clean-disabled", "false");
        config.put("quarkus.flyway.clean-at-start", "true");
        return config;
    }
}

package org.llmleaderboard;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * A database of its own without the bundled data, for tests that need to start empty: an in-memory H2 database of the
 * subclass's name, or PostgreSQL's {@code leaderboard_empty} (.ci/postgres-setup.sh) when the suite runs there.
 * Quarkus starts an app per profile class, so each test gets its subclass.
 */
public abstract class EmptyDatabaseProfile implements QuarkusTestProfile {

    private final String h2Name;

    protected EmptyDatabaseProfile(String h2Name) {
        this.h2Name = h2Name;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("leaderboard.bundled-data.enabled", "false");
        String url = "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))
                ? "jdbc:postgresql://127.0.0.1:5432/leaderboard_empty"
                : "jdbc:h2:mem:" + h2Name + ";DB_CLOSE_DELAY=-1";
        config.put("quarkus.datasource.jdbc.url", url);
        config.put("%test.quarkus.datasource.jdbc.url", url);
        return config;
    }
}

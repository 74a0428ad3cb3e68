package org.llmleaderboard;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives each start of the packaged app (jar or native executable) an empty database, so that it loads the
 * bundled data as on a first start and no suite sees another suite's writes, whatever their order.
 * <ul>
 * <li>Embedded H2: a fresh data directory (its own file database), deleted afterwards.</li>
 * <li>PostgreSQL (failsafe passes {@code QUARKUS_DATASOURCE_JDBC_URL} in the {@code postgresql} profile): the
 * {@code public} schema of that database dropped and created again. Why: the database outlives the app, and a
 * restart with data in it keeps the data, so without this a suite started after {@code EditorWritesIT} would
 * count its imported models.</li>
 * </ul>
 * Quarkus restarts the packaged app when the next test class names other test resources, and starts those
 * resources again first: every app start gets an empty database.
 */
public class FreshDatabase implements QuarkusTestResourceLifecycleManager {

    private final String postgresDatabase;
    private Path directory;

    /** The database that failsafe names (the app under {@code @QuarkusIntegrationTest}). */
    public FreshDatabase() {
        this(null);
    }

    /**
     * Another PostgreSQL database of the same server (one that {@code .ci/postgres-setup.sh} creates), for a test
     * that runs its own app beside the one {@code @QuarkusIntegrationTest} keeps running: emptying the shared one
     * would pull the data from under that app.
     */
    public FreshDatabase(String postgresDatabase) {
        this.postgresDatabase = postgresDatabase;
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("leaderboard-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new HashMap<>(Map.of("leaderboard.data-dir", directory.toString(),
                // The packaged app is tested on the figures the unit suites assert (application.properties, %test).
                "leaderboard.bundled-data.open-sources", "false"));
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            if (postgresDatabase != null) {
                url = url.substring(0, url.lastIndexOf('/') + 1) + postgresDatabase;
                settings.put("quarkus.datasource.jdbc.url", url);
            }
            emptyPublicSchema(url, System.getenv("QUARKUS_DATASOURCE_USERNAME"), System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
        }
        return settings;
    }

    private static void emptyPublicSchema(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

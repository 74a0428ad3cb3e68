package org.llmleaderboard.repository.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed that the build makes (pom.xml, SeedDatabase) and how the listener finds where it goes. */
class SeedListenerTest {

    @TempDir
    Path directory;

    @Test
    void shouldFindTheFileOfAFileUrlAndNoneForOtherUrls() {
        assertEquals(Path.of("./data/leaderboard.mv.db"),
                SeedListener.databaseFile("jdbc:h2:file:./data/leaderboard;WRITE_DELAY=0;CACHE_SIZE=8192"));
        assertEquals(Path.of("/srv/db/leaderboard.mv.db"), SeedListener.databaseFile("jdbc:h2:/srv/db/leaderboard"));
        assertEquals(Path.of(System.getProperty("user.home"), "db.mv.db"), SeedListener.databaseFile("jdbc:h2:~/db"));
        assertNull(SeedListener.databaseFile("jdbc:h2:mem:leaderboard-test;DB_CLOSE_DELAY=-1"));
        assertNull(SeedListener.databaseFile("jdbc:h2:tcp://localhost/leaderboard"));
    }

    @Test
    void shouldCopyASeedThatHoldsEveryBundledSetAtTheCurrentSchemaVersion() throws Exception {
        Path file = directory.resolve("leaderboard.mv.db");
        SeedListener.seed(file);
        assertTrue(Files.exists(file));
        try (var left = Files.list(directory)) {
            assertEquals(1, left.count(), "no partial copy left");
        }
        String url = "jdbc:h2:file:" + directory.resolve("leaderboard");
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            assertEquals(newestMigration(), SnapshotTables.schemaVersion(connection));
            assertEquals(2674, count(statement, "select count(*) from language_model"));
            assertEquals(11, count(statement, "select count(*) from data_load"));
            assertTrue(count(statement, "select count(*) from score where headline") > 5000);
        }
    }

    @Test
    void shouldNeverReplaceADatabaseThatAppearedMeanwhile() throws Exception {
        Path file = directory.resolve("leaderboard.mv.db");
        Files.writeString(file, "another process's database");
        SeedListener.seed(file);
        assertEquals("another process's database", Files.readString(file));
        try (var left = Files.list(directory)) {
            assertEquals(1, left.count(), "no copy left behind");
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The highest V<n>__ migration on the class path. */
    private static String newestMigration() throws Exception {
        try (var files = Files.list(Path.of(SeedListenerTest.class.getResource("/db/migration").toURI()))) {
            return String.valueOf(files.map(p -> p.getFileName().toString())
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }
}

package org.llmleaderboard.repository.snapshot;

import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds, when the app is packaged (pom.xml, {@code process-classes}), the embedded database a first start begins
 * with: the migrations, then the first-start snapshot's rows, compacted and gzipped into the class path
 * ({@link SeedListener} copies it into place). Restoring the snapshot in the app took 2.7 s of a cold start, most of
 * it H2 writing pages; a file copy takes milliseconds. A snapshot of another schema version (a migration added
 * without {@code scripts/snapshot-first-start.sh}) builds no seed: the app then loads the sets itself, and
 * {@code FirstStartSnapshotTest} says what to run.
 */
public final class SeedDatabase {

    private static final Logger LOG = Logger.getLogger(SeedDatabase.class);

    private SeedDatabase() {
    }

    /** Arguments: the snapshot file, the seed to write, the migrations' directory (for the up-to-date check). */
    public static void main(String[] args) throws IOException, SQLException {
        Path snapshotFile = Path.of(args[0]);
        Path seed = Path.of(args[1]);
        if (upToDate(seed, snapshotFile, Path.of(args[2]))) {
            return;
        }
        Files.deleteIfExists(seed);
        Path directory = Files.createTempDirectory("leaderboard-seed-");
        try {
            String url = "jdbc:h2:file:" + directory.resolve("leaderboard").toAbsolutePath();
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            TableSnapshot snapshot;
            try (InputStream in = Files.newInputStream(snapshotFile)) {
                snapshot = SnapshotFile.read(in);
            }
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                String schema = SnapshotTables.schemaVersion(connection);
                if (!schema.equals(snapshot.schemaVersion())) {
                    LOG.warnf("No seed database: the snapshot is of schema %s, the migrations reach %s;"
                            + " run scripts/snapshot-first-start.sh", snapshot.schemaVersion(), schema);
                    return;
                }
                restore(connection, snapshot);
            }
            try (InputStream in = Files.newInputStream(directory.resolve("leaderboard.mv.db"));
                 OutputStream out = new GZIPOutputStream(Files.newOutputStream(seed), 1 << 16)) {
                in.transferTo(out);
            }
            LOG.infof("Seed database %s: %d sets, %d KB", seed, snapshot.sets().size(), Files.size(seed) / 1024);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void restore(Connection connection, TableSnapshot snapshot) throws SQLException {
        SnapshotTables.referentialIntegrity(connection, false);
        connection.setAutoCommit(false);
        SnapshotTables.restore(connection, snapshot);
        try (Statement statement = connection.createStatement()) {
            connection.commit();
            connection.setAutoCommit(true);
            SnapshotTables.referentialIntegrity(connection, true);
            statement.execute("shutdown compact");
        }
    }

    private static boolean upToDate(Path seed, Path snapshot, Path migrations) throws IOException {
        if (!Files.exists(seed)) {
            return false;
        }
        long built = Files.getLastModifiedTime(seed).toMillis();
        try (Stream<Path> sources = Stream.concat(Stream.of(snapshot), Files.list(migrations))) {
            return sources.allMatch(p -> p.toFile().lastModified() < built);
        }
    }
}

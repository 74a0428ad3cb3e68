package org.llmleaderboard.service.load;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.llmleaderboard.repository.snapshot.SnapshotFile;
import org.llmleaderboard.repository.snapshot.SnapshotTables;
import org.llmleaderboard.repository.snapshot.TableSnapshot;
import org.llmleaderboard.service.load.source.AllSources;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled first-start snapshot is what merging every bundled set produces: this suite's database is loaded by
 * the merges (the snapshot switched off) and compared with it row by row, all but the times of the load. When a
 * change to the data, a merge rule or the schema makes them differ, this fails until the snapshot is made again:
 * {@code bash scripts/snapshot-first-start.sh}, which runs this suite with {@code -Dsnapshot.write=<file>}.
 */
@QuarkusTest
@TestProfile(FirstStartSnapshotTest.MergedSets.class)
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "the snapshot is restored on embedded H2 only")
class FirstStartSnapshotTest {

    /** Every bundled set merged, as a first start without the snapshot merges them, on a database of its own. */
    public static class MergedSets extends AllSources {
        @Override
        protected String h2Name() {
            return "first-start-merged";
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void shouldHoldExactlyTheRowsThatMergingEveryBundledSetLeaves() throws Exception {
        TableSnapshot merged = rowsOf(dataSource);
        String target = System.getProperty("snapshot.write");
        if (target != null) {
            try (OutputStream out = Files.newOutputStream(Path.of(target))) {
                SnapshotFile.write(merged, out);
            }
        } else {
            assertSame(bundled(), merged);
        }
        Map<String, Long> rows = new java.util.HashMap<>();
        merged.tables().forEach(t -> rows.put(t.name(), (long) t.rows().size()));
        assertEquals(2674L, rows.get("LANGUAGE_MODEL"), "every model record of the eleven sets (README)");
        assertTrue(rows.get("SCORE") > 10_000, rows.toString());
        assertEquals(Set.copyOf(BundledDataLoader.allSets()), Set.copyOf(merged.sets()));
    }

    /** Every row of the app's database. */
    static TableSnapshot rowsOf(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return SnapshotTables.read(connection, BundledDataLoader.allSets());
        }
    }

    /** The snapshot on the class path. */
    static TableSnapshot bundled() throws Exception {
        try (InputStream in = FirstStartSnapshotTest.class.getClassLoader().getResourceAsStream(FirstStartSnapshot.RESOURCE)) {
            assertNotNull(in, FirstStartSnapshot.RESOURCE + " is missing: run scripts/snapshot-first-start.sh");
            return SnapshotFile.read(in);
        }
    }

    /** Fails with the lines only one side has, and what to run. */
    static void assertSame(TableSnapshot expected, TableSnapshot actual) {
        Set<String> expectedLines = new LinkedHashSet<>(expected.comparable());
        Set<String> actualLines = new LinkedHashSet<>(actual.comparable());
        List<String> differences = new ArrayList<>();
        expectedLines.stream().filter(l -> !actualLines.contains(l)).limit(10).forEach(l -> differences.add("- " + l));
        actualLines.stream().filter(l -> !expectedLines.contains(l)).limit(10).forEach(l -> differences.add("+ " + l));
        assertTrue(differences.isEmpty(), "The first-start snapshot (-) differs from what the merges produce (+);"
                + " run scripts/snapshot-first-start.sh:\n" + String.join("\n", differences));
        assertEquals(expected.comparable().size(), actual.comparable().size(), "as many rows");
    }
}

package org.llmleaderboard.repository.snapshot;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;

/** Restores a {@link TableSnapshot} into the application's database when it is a fresh embedded H2 one. */
@ApplicationScoped
public class SnapshotRepository {

    private final DataSource dataSource;

    SnapshotRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes the snapshot in one transaction ({@link SnapshotTables#restore}).
     *
     * @return the rows written; empty, with nothing written, unless the database is H2, of the snapshot's schema
     *         version, and holds no lab, model, score or load yet
     */
    public OptionalInt restore(TableSnapshot snapshot) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())
                    || !snapshot.schemaVersion().equals(SnapshotTables.schemaVersion(connection))
                    || !SnapshotTables.empty(connection)) {
                return OptionalInt.empty();
            }
            SnapshotTables.referentialIntegrity(connection, false);
            try {
                return OptionalInt.of(QuarkusTransaction.requiringNew().call(() -> write(snapshot)));
            } finally {
                SnapshotTables.referentialIntegrity(connection, true);
            }
        }
    }

    private int write(TableSnapshot snapshot) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SnapshotTables.restore(connection, snapshot);
        }
    }
}

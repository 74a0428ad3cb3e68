package org.llmleaderboard.repository.snapshot;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads every table of an embedded H2 database into a {@link TableSnapshot}, and writes one back over a database of
 * the same schema version. Plain JDBC on purpose: the snapshot is a copy of rows, below what the entities know (the
 * change log, the data version, derived columns such as the capability score and the search keys all travel as rows).
 * H2 only: the sequences are read from H2's information schema, and the restore turns H2's referential integrity off
 * while rows arrive in table order rather than in the order their references need.
 */
public final class SnapshotTables {

    /** Not data: Flyway's own table, and the version counter, which the restore bumps instead of copying. */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "data_version");
    private static final int BATCH = 500;

    private SnapshotTables() {
    }

    /** The schema's Flyway version: a snapshot restores only into the schema it was read from. */
    public static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\""
                     + " and \"version\" is not null order by \"installed_rank\" desc fetch first 1 rows only")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** Whether nothing was ever loaded or written: no lab, model or score (the migrations' seeds aside). */
    public static boolean empty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select (select count(*) from lab) + (select count(*) from language_model)"
                     + " + (select count(*) from score) + (select count(*) from data_load)")) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    public static TableSnapshot read(Connection connection, List<String> sets) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!SKIPPED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    names.add(name);
                }
            }
        }
        Collections.sort(names);
        List<TableSnapshot.Table> tables = new ArrayList<>();
        for (String name : names) {
            tables.add(readTable(connection, schema, name));
        }
        return new TableSnapshot(schemaVersion(connection), List.copyOf(sets), tables, sequences(connection, schema));
    }

    private static TableSnapshot.Table readTable(Connection connection, String schema, String name) throws SQLException {
        Map<Integer, String> key = new java.util.TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, schema, name)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), quoted(rs.getString("COLUMN_NAME")));
            }
        }
        String order = key.isEmpty() ? "1" : String.join(", ", key.values());
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select * from " + quoted(name) + " order by " + order)) {
            ResultSetMetaData columns = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int c = 1; c <= columns.getColumnCount(); c++) {
                names.add(columns.getColumnName(c));
            }
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[names.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = plain(rs.getObject(c + 1));
                }
                rows.add(row);
            }
            return new TableSnapshot.Table(name, List.copyOf(names), rows);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value;
    }

    private static Map<String, Long> sequences(Connection connection, String schema) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select sequence_name, base_value"
                + " from information_schema.sequences where sequence_schema = ? order by sequence_name")) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sequences.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return sequences;
    }

    /**
     * Replaces each snapshot table's rows (the migrations seed some, such as the benchmarks) with the snapshot's, sets
     * each sequence to continue after them, bumps the data version and stamps each set's load with now, in the
     * caller's transaction. The caller turns referential integrity
     * off first ({@link #referentialIntegrity}) and checks {@link #empty} and {@link #schemaVersion}.
     *
     * @return the number of rows written
     */
    public static int restore(Connection connection, TableSnapshot snapshot) throws SQLException {
        int written = 0;
        try (Statement statement = connection.createStatement()) {
            for (TableSnapshot.Table table : snapshot.tables()) {
                statement.executeUpdate("delete from " + quoted(table.name()));
                written += insert(connection, table);
            }
            for (Map.Entry<String, Long> sequence : snapshot.sequences().entrySet()) {
                statement.execute("alter sequence " + quoted(sequence.getKey()) + " restart with " + sequence.getValue());
            }
            // Not copied: caches see new data by a new version, and each set's load is stamped when it lands here.
            statement.executeUpdate("update data_version set version = version + 1 where id = 1");
            statement.executeUpdate("update data_load set loaded_at = localtimestamp");
        }
        return written;
    }

    private static int insert(Connection connection, TableSnapshot.Table table) throws SQLException {
        String columns = table.columns().stream().map(SnapshotTables::quoted).collect(Collectors.joining(", "));
        String values = table.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + quoted(table.name()) + " (" + columns + ") values (" + values + ")")) {
            int pending = 0;
            for (Object[] row : table.rows()) {
                for (int c = 0; c < row.length; c++) {
                    insert.setObject(c + 1, row[c]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return table.rows().size();
    }

    /**
     * H2's referential integrity for the whole database: off while a restore writes rows in table order (a model's
     * variant may come before the model it belongs to), on again afterwards. Not transactional: H2 commits the
     * connection's open transaction, so the caller does this on a connection of its own, before and after.
     */
    public static void referentialIntegrity(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set referential_integrity " + on);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

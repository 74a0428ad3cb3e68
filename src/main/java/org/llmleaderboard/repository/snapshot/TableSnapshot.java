package org.llmleaderboard.repository.snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of a database's tables and its sequences' next values, as a first start's bundled load leaves them
 * ({@link SnapshotTables} reads and restores one, {@link SnapshotFile} stores it).
 *
 * @param schemaVersion the Flyway version of the schema the rows fit
 * @param sets the bundled sets the rows hold (their {@code data_load} names)
 * @param tables every table's rows, in primary-key order
 * @param sequences each sequence's next value
 */
public record TableSnapshot(String schemaVersion, List<String> sets, List<Table> tables, Map<String, Long> sequences) {

    /**
     * A table's rows. Values are {@code null}, {@code Long}, {@code Double}, {@code String}, {@code Boolean},
     * {@code BigDecimal}, {@code LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime} or {@code byte[]}.
     */
    public record Table(String name, List<String> columns, List<Object[]> rows) {
    }

    /**
     * The snapshot as lines of text, one per row and sequence, for comparing two of them: a load's times (when a set
     * was loaded, when a record was left unresolved) are written as {@code <time>}, since no two loads share them.
     */
    public List<String> comparable() {
        List<String> lines = new ArrayList<>();
        lines.add("schema " + schemaVersion + ", sets " + sets);
        for (Table table : tables) {
            lines.add(table.name() + " " + table.columns());
            for (Object[] row : table.rows()) {
                lines.add(table.name() + " " + Arrays.deepToString(Arrays.stream(row).map(TableSnapshot::comparable).toArray()));
            }
        }
        new LinkedHashMap<>(sequences).forEach((name, next) -> lines.add("sequence " + name + " " + next));
        return lines;
    }

    private static Object comparable(Object value) {
        return value instanceof java.time.temporal.Temporal && !(value instanceof java.time.LocalDate) ? "<time>" : value;
    }
}

package org.llmleaderboard.repository.snapshot;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SnapshotFileTest {

    private static final Object[] EVERY_TYPE = {null, 42L, 7, 0.1 + 0.2, "Grok 4 — \"heavy\" 🚀", true, new BigDecimal("12.3400"),
            LocalDate.of(2026, 2, 29 - 1), LocalDateTime.of(2026, 12, 5, 22, 51, 31, 804_000), OffsetDateTime.parse("2026-12-05T22:51:31+01:00"),
            new byte[] {1, 2, 3}};

    @Test
    void shouldReadBackEveryValueTypeExactly() throws IOException {
        TableSnapshot read = roundTrip(snapshot(List.<Object[]>of(EVERY_TYPE)));
        Object[] row = read.tables().get(0).rows().get(0);
        assertEquals(EVERY_TYPE.length, row.length);
        assertEquals(7L, row[2], "integers come back as longs");
        assertEquals(0.1 + 0.2, row[3]);
        assertArrayEquals((byte[]) EVERY_TYPE[10], (byte[]) row[10]);
        for (int i : new int[] {0, 1, 4, 5, 6, 7, 8, 9}) {
            assertEquals(EVERY_TYPE[i], row[i], "value " + i);
        }
        assertEquals(List.of("a", "b"), read.sets());
        assertEquals(Map.of("T_SEQ", 451L), read.sequences());
    }

    @Test
    void shouldKeepAStringLongerThanWriteUtfAllows() throws IOException {
        String description = "x".repeat(70_000) + "é";
        Object[] row = new Object[EVERY_TYPE.length];
        row[4] = description;
        assertEquals(description, roundTrip(snapshot(List.<Object[]>of(row))).tables().get(0).rows().get(0)[4]);
    }

    @Test
    void shouldRefuseAFileThatIsNotASnapshotOrIsCutShort() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotFile.write(snapshot(List.<Object[]>of(EVERY_TYPE, EVERY_TYPE)), out);
        byte[] whole = out.toByteArray();
        assertThrows(IOException.class, () -> SnapshotFile.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2))));
        assertThrows(IOException.class, () -> SnapshotFile.read(new ByteArrayInputStream("not gzip".getBytes())));
    }

    @Test
    void shouldCompareSnapshotsByEverythingButTheTimesOfTheLoad() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(EVERY_TYPE.clone());
        Object[] later = EVERY_TYPE.clone();
        later[8] = LocalDateTime.now();
        assertEquals(snapshot(rows).comparable(), snapshot(List.<Object[]>of(later)).comparable());
        Object[] otherScore = EVERY_TYPE.clone();
        otherScore[3] = 0.3;
        assertEquals(false, snapshot(rows).comparable().equals(snapshot(List.<Object[]>of(otherScore)).comparable()));
    }

    private static TableSnapshot snapshot(List<Object[]> rows) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < EVERY_TYPE.length; i++) {
            columns.add("C" + i);
        }
        return new TableSnapshot("11", List.of("a", "b"), List.of(new TableSnapshot.Table("T", columns, rows)), Map.of("T_SEQ", 451L));
    }

    private static TableSnapshot roundTrip(TableSnapshot snapshot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotFile.write(snapshot, out);
        return SnapshotFile.read(new ByteArrayInputStream(out.toByteArray()));
    }
}

package org.llmleaderboard.service.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The chunk loop the exports share, on a list of strings: no database, no Quarkus. */
class ModelChunksTest {

    private static final List<String> ROWS = IntStream.range(0, 23).mapToObj(i -> "row" + i).toList();

    /** A source over {@link #ROWS} that logs each read. */
    private static ModelChunks.Source<String> source(List<String> log) {
        return (offset, size) -> {
            log.add("read " + offset);
            List<String> rows = ROWS.subList(Math.min(offset, ROWS.size()), Math.min(ROWS.size(), offset + size));
            return new ModelChunks.Chunk<>(ROWS.size(), rows, offset + size >= ROWS.size());
        };
    }

    @Test
    void shouldHandEachChunkOnBeforeReadingTheNext() throws IOException {
        List<String> log = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        ModelChunks.forEach(source(log), 5, (total, offset, rows) -> {
            log.add("write " + offset + " " + rows.size());
            assertEquals(23, total);
            seen.addAll(rows);
        });
        assertEquals(List.of("read 0", "write 0 5", "read 5", "write 5 5", "read 10", "write 10 5", "read 15", "write 15 5",
                "read 20", "write 20 3"), log);
        assertEquals(ROWS, seen, "every row once, in order");
    }

    @Test
    void shouldCallTheConsumerOnceWhenThereAreNoRows() throws IOException {
        List<String> log = new ArrayList<>();
        ModelChunks.forEach((offset, size) -> new ModelChunks.Chunk<String>(0, List.of(), true), 5,
                (total, offset, rows) -> log.add(total + " " + offset + " " + rows));
        assertEquals(List.of("0 0 []"), log);
    }

    @Test
    void shouldNotShiftTheNextChunkWhenRowsVanishFromOne() throws IOException {
        List<Integer> offsets = new ArrayList<>();
        // The second chunk lost two rows (deleted meanwhile): the third still starts at 20.
        ModelChunks.forEach((offset, size) -> new ModelChunks.Chunk<>(30, offset == 10 ? List.of("a") : List.of("a", "b", "c"),
                offset + size >= 30), 10, (total, offset, rows) -> offsets.add(offset));
        assertEquals(List.of(0, 10, 20), offsets);
    }

    @Test
    void shouldRejectAChunkSizeBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> ModelChunks.forEach(source(new ArrayList<>()), 0, (t, o, r) -> { }));
    }
}

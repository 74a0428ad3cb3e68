package org.llmleaderboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockedThreadLogCheckTest {

    @Test
    void shouldFindTheCheckersWarningInAnApplicationLog(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("quarkus.log");
        Files.writeString(log, "INFO  [io.quarkus] (main) started\n"
                + "WARN  [io.vertx.core.impl.BlockedThreadChecker] (vertx-blocked-thread-checker) Thread Thread[vert.x-eventloop-thread-0,5,main] has been blocked for 2531 ms, time limit is 2000 ms\n");
        assertTrue(BlockedThreadLogCheck.firstWarning(log).orElseThrow().contains("has been blocked for 2531 ms"));
    }

    @Test
    void shouldFindNothingInAQuietLog(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("quarkus.log");
        Files.writeString(log, "INFO  [io.quarkus] (main) started\nINFO  [io.quarkus] (main) stopped\n");
        assertEquals(java.util.Optional.empty(), BlockedThreadLogCheck.firstWarning(log));
    }
}

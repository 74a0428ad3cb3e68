package org.llmleaderboard;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Gives the packaged app a fresh data directory (its own H2 file database), deleted afterwards. */
public class TemporaryDataDirectory implements QuarkusTestResourceLifecycleManager {

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("leaderboard-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("leaderboard.data-dir", directory.toString());
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

package org.llmleaderboard;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link BlockedThreadWatch} for the packaged application: a {@code @QuarkusIntegrationTest} runs the jar or the native
 * executable as its own process, whose log Quarkus writes to {@code target/quarkus.log}. After each such test class
 * the log must hold no warning of Vert.x's BlockedThreadChecker. Failsafe turns on JUnit's extension auto-detection
 * (pom.xml), so every IT class gets this check without naming it; the unit tests never see it.
 */
public class BlockedThreadLogCheck implements AfterAllCallback {

    static final Path LOG = Path.of("target", "quarkus.log");

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        boolean integration = context.getTestClass().map(c -> c.isAnnotationPresent(QuarkusIntegrationTest.class)).orElse(false);
        if (!integration || !Files.exists(LOG)) {
            return;
        }
        Optional<String> warning = firstWarning(LOG);
        if (warning.isPresent()) {
            throw new AssertionError("Vert.x's BlockedThreadChecker warned that an event loop was blocked (" + LOG + "): " + warning.get());
        }
    }

    static Optional<String> firstWarning(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains("BlockedThreadChecker")).findFirst();
        }
    }
}

package org.llmleaderboard;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * No blocking work on an event-loop thread, in any test: while the app runs under {@code @QuarkusTest}, every
 * warning of Vert.x's BlockedThreadChecker is recorded, and after each test class the suite fails if there was
 * one. (The benchmarks check the app's log for the same line: bench/soak.sh, bench/expensive-query.sh.)
 * The app and the test run in different class loaders, so the warnings travel through a system property.
 */
@ApplicationScoped
public class BlockedThreadWatch implements QuarkusTestAfterAllCallback {

    static final String PROPERTY = "leaderboard.test.blocked-thread-warning";
    private static final String CHECKER = "io.vertx.core.impl.BlockedThreadChecker";

    void watch(@Observes StartupEvent event) {
        Logger.getLogger(CHECKER).addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue() && System.getProperty(PROPERTY) == null) {
                    System.setProperty(PROPERTY, String.valueOf(record.getMessage()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Override
    public void afterAll(QuarkusTestContext context) {
        // Cleared once reported, so that the class during which the event loop was blocked fails, not every class after it.
        String warning = System.clearProperty(PROPERTY);
        if (warning != null) {
            throw new AssertionError("Vert.x's BlockedThreadChecker warned that an event loop was blocked: " + warning);
        }
    }
}

package org.llmleaderboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.llmleaderboard.service.load.ImportJobs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds an import of the file {@value #FILE} when it reaches the links phase (every model handled, nothing committed),
 * until the test has looked at its progress: no sleeps, no race.
 */
@ApplicationScoped
public class ImportHold {

    static final String FILE = "hold.csv";

    // Methods, not fields, for the test: it holds a client proxy, whose own fields are not the bean's.
    private volatile CountDownLatch reached = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(1);

    void reset() {
        reached = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    boolean awaitReached() throws InterruptedException {
        return reached.await(60, TimeUnit.SECONDS);
    }

    void release() {
        release.countDown();
    }

    void onPhase(@Observes ImportJobs.PhaseEntered phase) throws InterruptedException {
        if (FILE.equals(phase.file()) && "LINKS".equals(phase.phase())) {
            reached.countDown();
            release.await(30, TimeUnit.SECONDS);
        }
    }
}

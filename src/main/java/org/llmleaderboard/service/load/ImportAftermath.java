package org.llmleaderboard.service.load;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.llmleaderboard.repository.DatabaseFile;
import org.llmleaderboard.service.rank.CapabilityScores;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What follows written imports, once they settle: the capability recompute that large imports leave
 * ({@link CapabilityScores#deferCurrentTransaction}), then the compaction of the embedded H2 file. Both wait until no
 * import has run for {@value #QUIET_MILLIS} ms, so that a series of chunks (bench/run.sh posts twenty, back to back)
 * pays for them once, after its last chunk, and never alongside a chunk: a compaction beside an open import
 * transaction reclaims nothing (its pages are pinned), and a recompute beside one is done again by the next.
 * One thread, never interrupted: H2 closes its file when a thread in file I/O is interrupted.
 */
@ApplicationScoped
public class ImportAftermath {

    private static final Logger LOG = Logger.getLogger(ImportAftermath.class);

    /** How long imports must have been quiet before the aftermath runs. */
    static final long QUIET_MILLIS = 1_000;
    /** The longest pause of the writes a compaction may cause. */
    static final int COMPACT_MILLIS = 10_000;

    private final CapabilityScores capability;
    private final DatabaseFile databaseFile;
    private final ImportJobs jobs;
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "import-aftermath");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastImportNanos;
    private boolean scheduled;

    ImportAftermath(CapabilityScores capability, DatabaseFile databaseFile, ImportJobs jobs) {
        this.capability = capability;
        this.databaseFile = databaseFile;
        this.jobs = jobs;
        // A settle still waiting when the app stops is dropped: it would run against a closed database. What it owed
        // stays owed (the start's capability check catches up).
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Leaves the current import transaction's capability recompute to the aftermath. */
    void deferRanking() {
        capability.deferCurrentTransaction();
    }

    /** A written import has committed: the aftermath runs once imports have been quiet for a while. */
    synchronized void afterImport() {
        lastImportNanos = System.nanoTime();
        if (!scheduled && !executor.isShutdown()) { // an import that ends while the app stops owes its recompute
            scheduled = true;
            executor.schedule(this::settle, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void settle() {
        long quietFor = (System.nanoTime() - lastImportNanos) / 1_000_000;
        if (quietFor < QUIET_MILLIS || jobs.busyWithin(QUIET_MILLIS)) {
            executor.schedule(this::settle, Math.max(50, QUIET_MILLIS - quietFor), TimeUnit.MILLISECONDS);
            return;
        }
        synchronized (this) {
            scheduled = false;
        }
        try {
            long start = System.nanoTime();
            int changed = capability.recomputePending();
            if (changed > 0) {
                LOG.infof("Capability scores of %d models recomputed after the imports in %d ms", changed,
                        (System.nanoTime() - start) / 1_000_000);
            }
            databaseFile.compact(COMPACT_MILLIS, "the imports");
            // bench/run.sh waits for this line before it measures anything.
            LOG.infof("The work after the imports is done in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // The imports are committed and intact; the recompute stays owed (the next settle or write does it).
            LOG.warn("The work after the imports failed; it is tried again after the next import", e);
        }
    }

    /**
     * On the shutdown event, while the database is still open (Hibernate closes after its observers): a settle that
     * is running finishes, one that is waiting is dropped. A {@code @PreDestroy} came after Hibernate had closed, and a
     * stop within a second of an import logged the settle's failure ("EntityManagerFactory is closed").
     */
    void stop(@Observes ShutdownEvent event) {
        executor.shutdown(); // not shutdownNow: see the class comment
        try {
            executor.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Settles run so far (tests). */
    long settlesRun() {
        return executor.getCompletedTaskCount();
    }
}

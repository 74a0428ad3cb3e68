package org.llmleaderboard.service.load;

import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When the aftermath of imports may run: not while an import runs, nor in the quiet time after one ends, counted from
 * the end its transaction reports (a series' next chunk starts within that time).
 */
class ImportJobsQuietTest {

    private final ImportJobs jobs = new ImportJobs(stub(TransactionSynchronizationRegistry.class), stub(Event.class));

    @Test
    void shouldBeBusyWhileAnImportRunsAndForTheQuietTimeAfterItEnds() throws Exception {
        assertFalse(jobs.busyWithin(ImportAftermath.QUIET_MILLIS), "no import yet");
        ImportJob job = jobs.start("json", "chunk-0001.json");
        assertTrue(jobs.busyWithin(0), "a running import");
        job.afterCompletion(Status.STATUS_COMMITTED);
        assertTrue(jobs.busyWithin(ImportAftermath.QUIET_MILLIS), "an import that ended a moment ago");
        Thread.sleep(5);
        assertFalse(jobs.busyWithin(1), "an import that ended longer ago than the quiet time");
    }

    @Test
    void shouldCountARolledBackImportAsEndedToo() {
        ImportJob job = jobs.start("csv", "bad.csv");
        job.afterCompletion(Status.STATUS_ROLLEDBACK);
        assertTrue(jobs.busyWithin(ImportAftermath.QUIET_MILLIS));
    }

    /** The import thread's transaction and the phase events play no part here. */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> null);
    }
}

package org.llmleaderboard.service.load;

import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The app stopping within the quiet time after an import: the waiting settle is dropped, not run against a database
 * that Hibernate has closed (it logged "EntityManagerFactory is closed" with a stack trace); what it owed stays owed.
 */
class ImportAftermathStopTest {

    @Test
    void shouldDropASettleStillWaitingWhenTheAppStops() {
        // No recompute nor compaction can run here: a settle that ran would fail on them and still count as run.
        ImportAftermath aftermath = new ImportAftermath(null, null,
                new ImportJobs(stub(TransactionSynchronizationRegistry.class), stub(Event.class)));
        aftermath.afterImport();
        aftermath.stop(null);
        assertEquals(0, aftermath.settlesRun(), "the settle due a second after the import");
    }

    @Test
    void shouldLeaveAnImportThatEndsWhileTheAppStopsOwingItsRecompute() {
        ImportAftermath aftermath = new ImportAftermath(null, null,
                new ImportJobs(stub(TransactionSynchronizationRegistry.class), stub(Event.class)));
        aftermath.stop(null);
        assertDoesNotThrow(aftermath::afterImport);
        assertEquals(0, aftermath.settlesRun());
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> null);
    }
}

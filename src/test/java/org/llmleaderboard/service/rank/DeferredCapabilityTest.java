package org.llmleaderboard.service.rank;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.service.DataVersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Large imports leave the capability recompute to one run after they settle (issue 18): a deferred write commits
 * without it, {@code recomputePending} then catches up and raises the data version; any other write recomputes before
 * it commits. Each case wipes GPT-5's stored score in a write and watches who puts it back.
 */
@QuarkusTest
class DeferredCapabilityTest {

    @Inject
    CapabilityScores capability;
    @Inject
    DataVersion dataVersion;
    @Inject
    EntityManager em;

    private void wipeGpt5(boolean deferred) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (deferred) {
                capability.deferCurrentTransaction();
            }
            em.createNativeQuery("update language_model set capability_score = null, capability_coverage = null, capability_key = null"
                    + " where slug = 'openai/gpt-5'").executeUpdate();
            dataVersion.changed();
        });
    }

    private Object[] gpt5() {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select capability_score, capability_coverage from language_model where slug = 'openai/gpt-5'").getSingleResult());
    }

    @Test
    void shouldRecomputeBeforeAnOrdinaryWriteCommits() {
        wipeGpt5(false);
        Object[] row = gpt5();
        assertNotNull(row[0], "recomputed in the write's own transaction");
        assertEquals(5, ((Number) row[1]).intValue(), "GPT-5 covers 5 of the 8 benchmarks");
    }

    @Test
    void shouldLeaveADeferredWritesRecomputeToTheOneAfterTheImportsSettle() {
        wipeGpt5(true);
        assertNull(gpt5()[0], "committed without its recompute");
        long before = dataVersion.current();
        int changed = capability.recomputePending();
        assertTrue(changed >= 1, "GPT-5 at least: " + changed);
        assertEquals(5, ((Number) gpt5()[1]).intValue());
        assertTrue(dataVersion.current() > before, "pages and cached answers are rendered again");
        assertEquals(0, capability.recomputePending(), "nothing owed any more");
    }
}

package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** The persistence context of a bulk import: when it flushes, and letting go of what it wrote. */
@ApplicationScoped
public class BulkWrites {

    private final EntityManager em;

    BulkWrites(EntityManager em) {
        this.em = em;
    }

    /**
     * Flush at commit (and where a writer flushes) only: an import's writes flush after each row, so the look-ups
     * between need no automatic flush of everything pending (most of an import's time at 100,000 models).
     */
    public void flushOnlyAtCommit() {
        em.unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
    }

    /**
     * Written rows stay in the transaction; detaching them keeps each look-up and flush from re-checking every
     * entity imported so far (quadratic at 100,000 models).
     */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}

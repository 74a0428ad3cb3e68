package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The one read transaction of a page: everything the page reads (its facets, its rows, its relations) runs in
 * {@link #call}, and the read services join it ({@code SUPPORTS}) instead of opening one per call (and taking a
 * connection from the pool each time).
 */
@ApplicationScoped
public class ReadTransaction {

    /** Reads that may fail with {@code E} (a checked exception does not mark the transaction for rollback). */
    @FunctionalInterface
    public interface Reads<T, E extends Exception> {
        T get() throws E;
    }

    @Transactional
    public <T, E extends Exception> T call(Reads<T, E> reads) throws E {
        return reads.get();
    }
}

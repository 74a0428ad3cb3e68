package org.llmleaderboard.graphql.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How much GraphQL work may run at once, weighted by each request's cost ({@link QueryCost}). The cost limit
 * bounds one answer; this bounds their sum, so eight clients each sending the most expensive accepted query hold
 * the heap of two of them, not eight (bench/memory-at-scale.sh ran out of a 192 MB heap at 100,000 models).
 * Cheap queries still pass beside an expensive one. A request waits for room at most {@code maxWait}, and only
 * {@code maxWaiting} wait at once, so waiting requests cannot take every worker thread from the pages.
 */
final class ExecutionBudget {

    /** Room taken by one admitted request; give it back with {@link #close()}, once. */
    final class Ticket implements AutoCloseable {
        private final int permits;
        private boolean closed;

        private Ticket(int permits) {
            this.permits = permits;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                room.release(permits);
            }
        }
    }

    private final int capacity;
    private final Semaphore room;
    private final Semaphore waiting;

    ExecutionBudget(long capacity, int maxWaiting) {
        this.capacity = (int) Math.max(1, Math.min(Integer.MAX_VALUE, capacity));
        // fair: a large request waiting for room is not overtaken forever by small ones arriving after it
        this.room = new Semaphore(this.capacity, true);
        this.waiting = new Semaphore(Math.max(0, maxWaiting));
    }

    /** A ticket for a request of {@code cost}, or null when there was no room within {@code maxWait}. */
    Ticket admit(long cost, Duration maxWait) throws InterruptedException {
        int permits = (int) Math.max(1, Math.min(cost, capacity));
        if (room.tryAcquire(permits)) {
            return new Ticket(permits);
        }
        if (!waiting.tryAcquire()) {
            return null;
        }
        try {
            return room.tryAcquire(permits, maxWait.toNanos(), TimeUnit.NANOSECONDS) ? new Ticket(permits) : null;
        } finally {
            waiting.release();
        }
    }
}

package org.llmleaderboard.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One computation per key at a time: a caller that finds the same key being computed waits for that result (or that
 * failure) instead of computing it too. Why: right after a write every cached page is stale, and a popular slow page
 * (a sort by a benchmark over 100,000 models) is then asked for by many clients at once; rendered by each of them, the
 * renders share the two cores, all of them pass the page time limit, none is stored, and the next requests start
 * over (bench/run.sh saw a fragment stay at 3 req/s for a minute, every answer a 503). Rendered once, it is stored in
 * a few hundred milliseconds and everyone gets it.
 */
final class SingleFlight<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final long waitMillis;

    /** @param wait how long a caller waits for another's computation before it gives up with {@link PageTookTooLongException} */
    SingleFlight(Duration wait) {
        this.waitMillis = Math.max(1, wait.toMillis());
    }

    /** Computes the value, or waits for the computation of the same key already running and answers its outcome. */
    V run(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> other = running.putIfAbsent(key, mine);
        if (other != null) {
            return await(other);
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            running.remove(key, mine);
        }
    }

    /** Callers waiting for another's computation now (for tests). */
    int waiting() {
        return waiting.get();
    }

    private V await(CompletableFuture<V> other) {
        waiting.incrementAndGet();
        try {
            return other.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // The same failure as the caller that computed: a missing page is a 404 for everyone who asked for it.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new PageTookTooLongException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageTookTooLongException();
        } finally {
            waiting.decrementAndGet();
        }
    }
}

package org.llmleaderboard.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SingleFlightTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void shouldGiveCallersOfAKeyBeingComputedThatResultWithoutComputingIt() throws Exception {
        SingleFlight<String, String> flight = new SingleFlight<>(Duration.ofMinutes(1));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computed = new AtomicInteger();
        Future<String> first = startBlocked(flight, "/?sort=gpqa", release, () -> {
            computed.incrementAndGet();
            return "page";
        });
        Future<String> second = threads.submit(() -> flight.run("/?sort=gpqa", () -> {
            computed.incrementAndGet();
            return "rendered again";
        }));
        Future<String> third = threads.submit(() -> flight.run("/?sort=gpqa", () -> {
            computed.incrementAndGet();
            return "rendered again";
        }));
        waitUntilWaiting(flight, 2);
        release.countDown();

        assertEquals("page", first.get());
        assertEquals("page", second.get());
        assertEquals("page", third.get());
        assertEquals(1, computed.get());
    }

    @Test
    void shouldComputeOtherKeysAlongsideAndAKeyAgainOnceItsComputationEnded() throws Exception {
        SingleFlight<String, String> flight = new SingleFlight<>(Duration.ofMinutes(1));
        CountDownLatch release = new CountDownLatch(1);
        Future<String> slow = startBlocked(flight, "/a", release, () -> "a");
        // Another key does not wait for /a.
        assertEquals("b", flight.run("/b", () -> "b"));
        release.countDown();
        assertEquals("a", slow.get());
        // Nothing is remembered: the next call of /a computes (storing results is the page cache's job).
        assertEquals("a, again", flight.run("/a", () -> "a, again"));
        assertEquals(0, flight.waiting());
    }

    @Test
    void shouldGiveWaitingCallersTheSameFailure() throws Exception {
        SingleFlight<String, String> flight = new SingleFlight<>(Duration.ofMinutes(1));
        CountDownLatch release = new CountDownLatch(1);
        NoSuchPageException missing = new NoSuchPageException("There is no lab \"nobody\"");
        Future<String> first = startBlocked(flight, "/labs/nobody", release, () -> {
            throw missing;
        });
        Future<String> second = threads.submit(() -> flight.run("/labs/nobody", () -> "not asked"));
        waitUntilWaiting(flight, 1);
        release.countDown();

        assertSame(missing, assertThrows(ExecutionException.class, first::get).getCause());
        assertSame(missing, assertThrows(ExecutionException.class, second::get).getCause());
    }

    @Test
    void shouldGiveUpWaitingAfterTheLimitWithThePageTimeLimitsAnswer() throws Exception {
        SingleFlight<String, String> flight = new SingleFlight<>(Duration.ofMillis(1));
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = startBlocked(flight, "/", release, () -> "page");
        try {
            assertInstanceOf(PageTookTooLongException.class, assertThrows(RuntimeException.class, () -> flight.run("/", () -> "not asked")));
        } finally {
            release.countDown();
        }
        assertEquals("page", first.get());
    }

    /** Starts computing {@code key} on another thread, which holds it until {@code release}, then answers {@code outcome}'s. */
    private Future<String> startBlocked(SingleFlight<String, String> flight, String key, CountDownLatch release,
            Supplier<String> outcome) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Future<String> computing = threads.submit(() -> flight.run(key, () -> {
            started.countDown();
            await(release);
            return outcome.get();
        }));
        started.await();
        return computing;
    }

    private static void waitUntilWaiting(SingleFlight<?, ?> flight, int callers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (flight.waiting() < callers) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("callers never waited: " + flight.waiting());
            }
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

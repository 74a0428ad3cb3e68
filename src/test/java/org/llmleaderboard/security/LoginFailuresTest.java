package org.llmleaderboard.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The failure counts behind the login limit, on a hand-driven clock: 10 failures per 5 minutes, 5 minutes of cool-down. */
class LoginFailuresTest {

    private long now = 1_000;
    private final LoginFailures failures = new LoginFailures(10, Duration.ofMinutes(5), Duration.ofMinutes(5), 3, () -> now);

    private void fail(String client, int times) {
        for (int i = 0; i < times; i++) {
            failures.failed(client);
        }
    }

    private void wait(Duration d) {
        now += d.toNanos();
    }

    @Test
    void shouldBlockAClientAtTheTenthFailureForTheCoolDown() {
        fail("10.0.0.1", 9);
        assertEquals(Optional.empty(), failures.blocked("10.0.0.1"));
        assertTrue(failures.failed("10.0.0.1"), "the tenth failure starts the cool-down");
        assertEquals(Optional.of(Duration.ofMinutes(5)), failures.blocked("10.0.0.1"));
        wait(Duration.ofMinutes(4));
        assertEquals(Optional.of(Duration.ofMinutes(1)), failures.blocked("10.0.0.1"));
        wait(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), failures.blocked("10.0.0.1"), "the cool-down is over");
        assertFalse(failures.failed("10.0.0.1"), "and the count starts again from zero");
    }

    @Test
    void shouldBlockTenFailuresInQuickSuccessionThoughEachDecaysALittle() {
        for (int i = 0; i < 9; i++) {
            assertFalse(failures.failed("10.0.0.1"));
            wait(Duration.ofMillis(500));
        }
        assertTrue(failures.failed("10.0.0.1"));
    }

    @Test
    void shouldNotExtendTheCoolDownWithFailuresAlreadyUnderWay() {
        fail("10.0.0.1", 10);
        wait(Duration.ofMinutes(1));
        fail("10.0.0.1", 5);
        assertEquals(Optional.of(Duration.ofMinutes(4)), failures.blocked("10.0.0.1"));
    }

    @Test
    void shouldLetFailuresDecayOneEveryThirtySeconds() {
        fail("10.0.0.1", 9);
        wait(Duration.ofSeconds(30));
        assertFalse(failures.failed("10.0.0.1"), "9 - 1 + 1 = 9 failures");
        wait(Duration.ofMinutes(5));
        fail("10.0.0.1", 9);
        assertEquals(Optional.empty(), failures.blocked("10.0.0.1"), "five quiet minutes forgave everything");
        assertTrue(failures.failed("10.0.0.1"));
    }

    @Test
    void shouldNotBlockOtherClients() {
        fail("10.0.0.1", 10);
        assertTrue(failures.blocked("10.0.0.1").isPresent());
        assertEquals(Optional.empty(), failures.blocked("10.0.0.2"));
        fail("10.0.0.2", 9);
        assertEquals(Optional.empty(), failures.blocked("10.0.0.2"));
    }

    @Test
    void shouldTrackAtMostMaxClientsForgettingTheLeastRecentlySeen() {
        fail("10.0.0.1", 10);
        for (int i = 2; i <= 100; i++) {
            failures.failed("10.0.0." + i);
        }
        assertEquals(3, failures.trackedClients());
        assertEquals(Optional.empty(), failures.blocked("10.0.0.1"), "pushed out by newer clients");
    }
}

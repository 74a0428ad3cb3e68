package org.llmleaderboard.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Failed logins per client, and which clients are cooling down. Thread-safe; bounded: at most {@code maxClients}
 * clients are tracked, the least recently seen forgotten first (an attacker with many addresses can only push out
 * entries, not grow the heap). Failures decay linearly: {@code maxFailures} of them per {@code window}.
 */
final class LoginFailures {

    private final int maxFailures;
    private final double decayPerNano;
    private final long coolDownNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Client> clients;

    /** A client's failures as of {@code at} (nano clock), and whether and until when it is cooling down. */
    private record Client(double failures, long at, boolean blocked, long blockedUntil) {
    }

    LoginFailures(int maxFailures, Duration window, Duration coolDown, int maxClients, LongSupplier nanoClock) {
        if (maxFailures < 1 || maxClients < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("login limit: max-failures, max-clients and window must be positive");
        }
        this.maxFailures = maxFailures;
        this.decayPerNano = maxFailures / (double) window.toNanos();
        this.coolDownNanos = coolDown.toNanos();
        this.nanoClock = nanoClock;
        this.clients = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** How long the client must still wait, when it is cooling down. */
    synchronized Optional<Duration> blocked(String client) {
        Client c = clients.get(client);
        long now = nanoClock.getAsLong();
        if (c == null || !c.blocked()) {
            return Optional.empty();
        }
        if (now - c.blockedUntil() >= 0) {
            clients.remove(client); // the cool-down is over: a fresh start
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(c.blockedUntil() - now));
    }

    /** Counts a failed login; true when it is the one that reaches the threshold and starts the cool-down. */
    synchronized boolean failed(String client) {
        long now = nanoClock.getAsLong();
        Client c = clients.get(client);
        if (c != null && c.blocked()) {
            return false; // attempts already under way when the cool-down began: it is not extended
        }
        double failures = 1 + (c == null ? 0 : Math.max(0, c.failures() - (now - c.at()) * decayPerNano));
        // Failures decay continuously, even between attempts a second apart: the one that makes the count pass
        // max-failures - 1 is the max-failures-th failure in a row.
        boolean blocks = failures > maxFailures - 1;
        clients.put(client, new Client(failures, now, blocks, blocks ? now + coolDownNanos : 0));
        return blocks;
    }

    synchronized int trackedClients() {
        return clients.size();
    }

    synchronized void clear() {
        clients.clear();
    }
}

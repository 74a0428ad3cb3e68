package org.llmleaderboard.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The open {@code /events} streams, at most {@code max} at once, and the text they are sent (server-sent events). Plain
 * Java so that the bound and the message format are tested without a server; {@link DataEventsRoute} does the I/O.
 *
 * @param <S> one subscriber (the route's: a response and its event-loop context)
 */
final class DataEvents<S> {

    /** The event's name: the page's notice region swaps it in ({@code sse-swap="data-changed"}). */
    static final String EVENT = "data-changed";

    /** Sent to keep an idle stream open through proxies; a comment, which the browser ignores. */
    static final String HEARTBEAT = ": keep-alive\n\n";

    /** Sent first: headers leave at once (the browser's {@code open} fires), and a lost stream is retried in 5 s. */
    static final String OPENING = "retry: 5000\n: connected\n\n";

    private final int max;
    private final Set<S> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();

    DataEvents(int max) {
        this.max = max;
    }

    /** Admits a subscriber, or refuses it (false) when {@code max} are open already. */
    boolean add(S subscriber) {
        if (count.incrementAndGet() > max) {
            count.decrementAndGet();
            return false;
        }
        subscribers.add(subscriber);
        return true;
    }

    /** Forgets a subscriber (its connection closed); harmless when called twice. */
    void remove(S subscriber) {
        if (subscribers.remove(subscriber)) {
            count.decrementAndGet();
        }
    }

    int size() {
        return count.get();
    }

    void forEach(Consumer<S> action) {
        subscribers.forEach(action);
    }

    /**
     * The event telling a page that the data is now at {@code version}: its data is the notice the page shows, one
     * line of fixed HTML with the version alone varying (the stream reveals nothing else). The link's empty
     * {@code href} is the page's current URL, as htmx last pushed it, so following it reloads this very view.
     */
    static String changed(long version) {
        return "id: " + version + "\nevent: " + EVENT + "\ndata: <p class=\"data-changed\" data-version=\"" + version
                + "\">Data changed — <a href=\"\">refresh</a> to see it.</p>\n\n";
    }

    /**
     * The version a page was rendered at, from its {@code since} parameter or, when the browser reconnects after an
     * event, the {@code Last-Event-ID} it sends (whichever is newer); -1 when neither is a number.
     */
    static long since(String since, String lastEventId) {
        return Math.max(number(since), number(lastEventId));
    }

    private static long number(String text) {
        if (text == null || text.isBlank() || text.length() > 19) {
            return -1;
        }
        try {
            return Math.max(-1, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

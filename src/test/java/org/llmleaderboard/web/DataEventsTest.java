package org.llmleaderboard.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataEventsTest {

    @Test
    void shouldRefuseASubscriberPastTheLimitAndAdmitOneAgainWhenAnotherLeaves() {
        DataEvents<String> events = new DataEvents<>(2);
        assertTrue(events.add("a"));
        assertTrue(events.add("b"));
        assertFalse(events.add("c"), "a third stream at once is refused");
        assertEquals(2, events.size());
        events.remove("a");
        events.remove("a");
        assertEquals(1, events.size(), "a stream forgotten twice counts once");
        assertTrue(events.add("c"));
        List<String> open = new ArrayList<>();
        events.forEach(open::add);
        assertEquals(List.of("b", "c"), open.stream().sorted().toList());
    }

    @Test
    void shouldSendTheVersionAsANamedEventWithTheNoticeOnOneDataLine() {
        String event = DataEvents.changed(42);
        assertTrue(event.startsWith("id: 42\nevent: data-changed\ndata: <p class=\"data-changed\" data-version=\"42\">"), event);
        assertTrue(event.endsWith("</p>\n\n"), "one event, ended by a blank line");
        assertEquals(3, event.strip().lines().count(), "id, event and a single data line");
        assertTrue(event.contains("<a href=\"\">refresh</a>"), "a link to the page's own URL");
        assertTrue(DataEvents.HEARTBEAT.startsWith(":"), "the heartbeat is a comment, which browsers ignore");
    }

    @Test
    void shouldTakeTheNewerOfSinceAndLastEventIdAndIgnoreWhatIsNoNumber() {
        assertEquals(7, DataEvents.since("7", null));
        assertEquals(9, DataEvents.since("7", "9"), "a reconnect after event 9");
        assertEquals(7, DataEvents.since("7", "x"));
        assertEquals(-1, DataEvents.since(null, null));
        assertEquals(-1, DataEvents.since("-5", ""));
        assertEquals(-1, DataEvents.since("99999999999999999999999", null));
    }
}

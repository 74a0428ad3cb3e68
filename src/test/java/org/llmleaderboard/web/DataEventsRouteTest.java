package org.llmleaderboard.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;
import org.llmleaderboard.service.DataVersion;

import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /events}: the "data changed" stream. An editor's GraphQL write reaches an open stream; a page rendered
 * before a change hears of it on subscribing; a closed page is forgotten.
 */
@QuarkusTest
class DataEventsRouteTest {

    static final String UPSERT_LAB = """
            mutation { upsertLab(input: { slug: "test-lab", name: "Test Lab", website: "https://lab.test" }) { slug } }""";

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataVersion dataVersion;

    @Inject
    DataEventsRoute route;

    @Inject
    EntityManager em;

    @AfterEach
    @Transactional
    void removeTestData() {
        TestData.removeTestLab(em, dataVersion);
    }

    /** A write as the editor the other GraphQL tests use (the %test profile's password). */
    static void editorWrites() {
        given().auth().preemptive().basic("editor", "test-editor").contentType(ContentType.JSON)
                .body(Map.of("query", UPSERT_LAB)).when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void shouldStreamUncompressedEventsUnderTheSecurityHeaders() throws IOException {
        try (EventStream stream = new EventStream(base, "/events?since=" + dataVersion.current())) {
            String head = stream.until("retry: 5000");
            assertNotNull(head, "the stream opens");
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            assertTrue(head.toLowerCase().contains("content-type: text/event-stream"), head);
            assertTrue(head.contains("Content-Security-Policy: default-src 'self'"), head);
            assertTrue(head.toLowerCase().contains("cache-control: no-cache"), head);
            assertTrue(!head.toLowerCase().contains("content-encoding: gzip"), "never gzipped: " + head);
        }
    }

    @Test
    void shouldSendDataChangedToAnOpenStreamWhenAnEditorWritesThroughGraphql() throws IOException {
        long before = dataVersion.current();
        try (EventStream stream = new EventStream(base, "/events?since=" + before)) {
            assertNotNull(stream.until(": connected"), "subscribed");
            assertTrue(!stream.drained().contains("data-changed"), "nothing to say while the data is unchanged");
            editorWrites();
            String event = stream.until("data: ");
            assertNotNull(event, "an event after the write");
            long after = dataVersion.current();
            assertTrue(after > before);
            assertTrue(event.contains("id: " + after + "\nevent: data-changed\ndata: <p class=\"data-changed\" data-version=\"" + after + "\">"),
                    event);
            assertTrue(event.contains("Data changed"), event);
        }
    }

    @Test
    void shouldTellAPageRenderedBeforeAChangeAsSoonAsItSubscribes() throws IOException {
        long rendered = dataVersion.current();
        editorWrites();
        long now = dataVersion.current();
        assertTrue(now > rendered);
        try (EventStream stream = new EventStream(base, "/events?since=" + rendered)) {
            String told = stream.until("event: data-changed");
            assertNotNull(told, "told at once");
            assertTrue(told.contains("id: " + now), "with the version now current: " + told);
        }
        try (EventStream current = new EventStream(base, "/events?since=" + now)) {
            assertNotNull(current.until(": connected"));
            assertTrue(!current.drained().contains("data-changed"), "a page of the current version is told nothing");
        }
    }

    @Test
    void shouldForgetAStreamWhenItsPageIsClosed() throws IOException {
        int before = route.open();
        EventStream stream = new EventStream(base, "/events");
        assertNotNull(stream.until(": connected"));
        await("one more open stream", () -> route.open() == before + 1);
        stream.close();
        await("the closed stream forgotten", () -> route.open() == before);
    }

    /** Waits (up to 20 s) for something the server does on another thread. */
    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

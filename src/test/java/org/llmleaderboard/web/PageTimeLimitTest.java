package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time limit of pages, set to zero here (and no page cache): no page can be built in time. */
@QuarkusTest
@TestProfile(PageTimeLimitTest.NoTime.class)
class PageTimeLimitTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("leaderboard.limits.page-timeout", "0s", "leaderboard.cache.enabled", "false");
        }
    }

    @Test
    void shouldAnswerAPageThatTakesTooLongWithA503PageInTheLayout() {
        given().when().get("/labs").then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("This page took too long"))
                .body(containsString("href=\"/\""))
                .body(containsString("/css/app.css"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldLetTheWorkerOfAnAnsweredPageFinishWithoutLoggingAnError() throws InterruptedException {
        List<String> errors = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(String.valueOf(record.getMessage()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger errorHandler = Logger.getLogger("io.quarkus.vertx.http.runtime.QuarkusErrorHandler");
        errorHandler.addHandler(handler);
        try {
            long late = PageTimeLimitRoute.LATE_WORKERS.sum();
            given().when().get("/labs").then().statusCode(503);
            // The worker answers after the 503 has gone out; wait until it has tried, however slow the machine.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (PageTimeLimitRoute.LATE_WORKERS.sum() == late && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(late + 1, PageTimeLimitRoute.LATE_WORKERS.sum(), "the worker's late answer is counted once");
            assertTrue(errors.isEmpty(), "nothing reaches Quarkus' error handler: " + errors);
        } finally {
            errorHandler.removeHandler(handler);
        }
    }
}

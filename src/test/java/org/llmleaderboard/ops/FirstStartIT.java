package org.llmleaderboard.ops;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.FreshDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A first start as README's command makes it, every bundled set included: on embedded H2 the database is the seed
 * built at package time (repository.snapshot.SeedListener), on PostgreSQL the sets are merged; either way the
 * leaderboard holds the same 2,416 models, an edit survives a restart (the seed never replaces a database), and with
 * the bundled data switched off the database starts empty.
 */
class FirstStartIT {

    private static final String PASSWORD = "it-editor";
    private static final Path LOG = Path.of("target/first-start-it.log");
    private static final String SEEDED = "from the seed of the bundled data";

    private final FreshDatabase database = new FreshDatabase("leaderboard_durability");
    private final PackagedApp app = new PackagedApp(LOG, PASSWORD);
    private Map<String, String> settings;
    private final boolean h2 = System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null;

    @BeforeEach
    void emptyDatabase() throws IOException {
        settings = new HashMap<>(database.start());
        settings.put("leaderboard.bundled-data.open-sources", "true"); // every set, as README's command loads them
        Files.deleteIfExists(LOG);
    }

    @AfterEach
    void stopAppAndDropData() {
        app.destroy();
        database.stop();
    }

    @Test
    void shouldOpenEveryBundledSetOnAFirstStartAndKeepAnEditAcrossARestart() throws Exception {
        app.start(settings);
        assertEquals(2416, totalCount(), "one row per model of the eleven sets (README)");
        given().port(app.port()).get("/").then().statusCode(200).body(containsString("Showing 100 of 2416 models"));
        given().port(app.port()).auth().preemptive().basic("editor", PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { upsertModel(input: { slug: \"openai/kept-after-restart\", name: \"Kept After Restart\","
                        + " lab: \"openai\", reason: \"first start\" }) { slug } }"))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
        app.stop();

        app.start(settings);
        assertEquals(2417, totalCount(), "the edit is still there: the seed never replaces a database");
        String log = Files.readString(LOG);
        if (h2) {
            assertEquals(1, log.split(SEEDED, -1).length - 1, "seeded once, on the first start only:\n" + log);
        }
        assertTrue(!log.contains("ERROR"), log);
    }

    @Test
    void shouldStartEmptyWhenTheBundledDataIsOff() throws Exception {
        settings.put("leaderboard.bundled-data.enabled", "false");
        app.start(settings);
        assertEquals(0, totalCount());
        assertTrue(!Files.readString(LOG).contains(SEEDED));
    }

    private int totalCount() {
        return given().port(app.port()).contentType(ContentType.JSON)
                .body(Map.of("query", "{ models(first: 0) { totalCount } }")).when().post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).extract().path("data.models.totalCount");
    }
}

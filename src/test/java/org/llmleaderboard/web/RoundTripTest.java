package org.llmleaderboard.web;

import org.llmleaderboard.EmptyDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export the whole data set, import it into an empty database, export again: the same bytes.
 * Runs on a database of its own, without the bundled data.
 */
@QuarkusTest
@TestProfile(RoundTripTest.EmptyDatabase.class)
class RoundTripTest {

    public static class EmptyDatabase extends EmptyDatabaseProfile {
        public EmptyDatabase() {
            super("round-trip");
        }
    }

    @Inject
    EntityManager em;

    @Transactional
    void emptyTheDatabase() {
        em.createNativeQuery("delete from change_log").executeUpdate();
        em.createNativeQuery("delete from score").executeUpdate();
        em.createNativeQuery("delete from model_tag").executeUpdate();
        em.createNativeQuery("delete from language_model").executeUpdate();
        em.createNativeQuery("delete from lab").executeUpdate();
    }

    private static String export() {
        return given().when().get("/export/dataset.json").then().statusCode(200).extract().asString();
    }

    @Test
    void shouldGiveBackTheSameDataAfterExportAndImportIntoAnEmptyDatabase() throws IOException {
        emptyTheDatabase();
        given().when().get("/export/dataset.json").then().body("models", empty());
        byte[] zip;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bundled/aicomputing101-llm-leaderboard.zip")) {
            zip = in.readAllBytes();
        }
        AdminImportTest.editor().contentType("application/zip").body(zip).when().post("/admin/import?format=markdown").then().statusCode(200)
                .body("models.created", equalTo(674)).body("scores.created", equalTo(530));
        String first = export();
        // The identity decisions travel with the data: "Claude 3.5 Sonnet (new)" is a variant of Claude 3.5 Sonnet.
        assertTrue(first.contains("""
                      "slug": "anthropic/claude-35-sonnet-new",
                      "name": "Claude 3.5 Sonnet (new)",
                      "lab": "anthropic",
                      "variantOf": "anthropic/claude-35-sonnet",
                """), "variantOf exported");

        emptyTheDatabase();
        AdminImportTest.editor().header("X-File-Name", "dataset.json").contentType("application/json").body(first)
                .when().post("/admin/import?format=json").then().statusCode(200)
                .body("rejected", empty())
                .body("labs.created", equalTo(173))
                .body("models.created", equalTo(674))
                .body("scores.created", equalTo(530))
                .body("benchmarks.unchanged", equalTo(4));
        String second = export();
        assertEquals("import", em.createNativeQuery("select variant_rule from language_model where slug = 'anthropic/claude-35-sonnet-new'")
                .getSingleResult(), "linked as the file says, not guessed again");
        assertEquals(first.length(), second.length());
        assertEquals(first, second);

        // Importing it once more changes nothing.
        AdminImportTest.editor().contentType("application/json").body(second).when().post("/admin/import?format=json&dryRun=true")
                .then().statusCode(200).body("models.unchanged", equalTo(674)).body("scores.unchanged", equalTo(530));
    }

    @Test
    void shouldRejectAMalformedDataSetWithItsPosition() {
        AdminImportTest.editor().contentType("application/json").body("{\"format\": \"llm-leaderboard/dataset@1\", \"labs\": [ {\"slug\": }")
                .when().post("/admin/import?format=json").then().statusCode(400)
                .body("error", org.hamcrest.Matchers.containsString("line 1"));
    }

    @Test
    void shouldRejectAVariantOfAModelThatDoesNotExistWithItsEntry() {
        String dataset = """
                {"format": "%s", "labs": [{"slug": "test-lab", "name": "Test Lab"}], "benchmarks": [],
                 "models": [{"slug": "test-lab/a", "name": "A", "lab": "test-lab", "access": "Public"},
                            {"slug": "test-lab/a-2026-11-20", "name": "A 2026-11-20", "lab": "test-lab", "access": "Public",
                             "variantOf": "test-lab/nope"}]}""".formatted(org.llmleaderboard.importer.DatasetJson.FORMAT);
        AdminImportTest.editor().contentType("application/json").body(dataset).when().post("/admin/import?format=json").then()
                .statusCode(422)
                .body("written", equalTo(false))
                .body("rejected[0].line", equalTo(3))
                .body("rejected[0].key", equalTo("test-lab/a-2026-11-20"))
                .body("rejected[0].reason", org.hamcrest.Matchers.containsString("variantOf 'test-lab/nope' is no model"));
        given().when().get("/models/test-lab/a").then().statusCode(404);
    }
}

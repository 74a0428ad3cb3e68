package org.llmleaderboard.service.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor's identity decisions on the bundled data — merge, make a variant, split — logged, reversible, and kept by
 * later imports of both sources; importing the bundled sources again changes nothing. Runs on a database of its own
 * (the bundled data loaded at start), so that its merges never reach the read tests.
 */
@QuarkusTest
@TestProfile(IdentityEditTest.OwnDatabase.class)
class IdentityEditTest {

    public static class OwnDatabase extends OwnBundledDatabase {
        @Override
        protected String h2Name() {
            return "identity";
        }
    }

    @Inject
    EntityManager em;

    private static ValidatableResponse asEditor(String document, Map<String, Object> variables) {
        return given().auth().preemptive().basic("editor", "test-editor").contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables)).when().post("/graphql").then().statusCode(200);
    }

    private static final String MERGE = """
            mutation($from: String!, $into: String!) { mergeModels(from: $from, into: $into, reason: "the same model") {
              slug aliases scores { value } history { field oldValue newValue reason } } }""";
    private static final String MAKE_VARIANT = """
            mutation($model: String!, $of: String!) { makeVariant(model: $model, of: $of, reason: "a snapshot") { slug variantOf { slug } } }""";
    private static final String SPLIT = """
            mutation($model: String!) { splitVariant(model: $model, reason: "a model of its own") { slug variantOf { slug } history { field oldValue newValue } } }""";

    private void reimportBothSources() {
        given().auth().preemptive().basic("editor", "test-editor").contentType("application/zip").body(bundled("aicomputing101-llm-leaderboard.zip"))
                .when().post("/admin/import?format=markdown").then().statusCode(200).body("models.created", equalTo(0));
        given().auth().preemptive().basic("editor", "test-editor").contentType("application/zip").body(bundled("llm-stats.zip"))
                .when().post("/admin/import?format=llm-stats").then().statusCode(200).body("merge.createdCount", equalTo(0));
    }

    private static byte[] bundled(String name) {
        try (InputStream in = IdentityEditTest.class.getClassLoader().getResourceAsStream("bundled/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> identities() {
        return em.createQuery("""
                select m.slug || ' ' || coalesce(v.slug, '-') || ' ' || m.name from LanguageModel m left join m.variantOf v
                order by m.slug""", String.class).getResultList();
    }

    @Test
    void shouldGiveTheSameRowsWhenTheBundledSourcesAreImportedAgain() {
        List<String> before = identities();
        long scores = em.createQuery("select count(s) from Score s", Long.class).getSingleResult();
        reimportBothSources();
        assertEquals(before, identities());
        assertEquals(scores, em.createQuery("select count(s) from Score s", Long.class).getSingleResult());
    }

    @Test
    void shouldRefuseIdentityEditsWithoutAnEditor() {
        given().contentType(ContentType.JSON).body(Map.of("query", SPLIT, "variables", Map.of("model", "openai/gpt-4o-2024-08-06")))
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        asEditor(MAKE_VARIANT, Map.of("model", "openai/gpt-4o", "of", "openai/no-such-model"))
                .body("errors[0].extensions.code", equalTo("UNKNOWN_REFERENCE"));
        asEditor(SPLIT, Map.of("model", "openai/gpt-4o")).body("errors[0].extensions.code", equalTo("INVALID_VALUE"));
        asEditor(MERGE, Map.of("from", "openai/gpt-4o", "into", "openai/gpt-4o")).body("errors[0].extensions.code", equalTo("INVALID_VALUE"));
    }

    @Test
    void shouldSplitAVariantOffAndKeepItSplitOnReimport() {
        asEditor(SPLIT, Map.of("model", "google-deepmind/gemini-25-pro-preview"))
                .body("errors", nullValue())
                .body("data.splitVariant.variantOf", nullValue())
                .body("data.splitVariant.history[0].field", equalTo("variantOf"))
                .body("data.splitVariant.history[0].oldValue", equalTo("google-deepmind/gemini-25-pro"));
        reimportBothSources();
        given().queryParam("q", "Gemini 2.5 Pro Preview").when().get("/").then().statusCode(200)
                .body(containsString("href=\"/models/google-deepmind/gemini-25-pro-preview\""));
        asEditor(MAKE_VARIANT, Map.of("model", "google-deepmind/gemini-25-pro-preview", "of", "google-deepmind/gemini-25-pro"))
                .body("errors", nullValue())
                .body("data.makeVariant.variantOf.slug", equalTo("google-deepmind/gemini-25-pro"));
    }

    @Test
    void shouldMergeTwoRecordsOfOneModelAndKeepTheMergeThroughAReimportOfBothSources() {
        long models = em.createQuery("select count(m) from LanguageModel m", Long.class).getSingleResult();
        int before = ((Number) em.createQuery("select count(s) from Score s where s.model.slug in ('moonshot-ai/kimi-k2-0905', "
                + "'moonshot-ai/kimi-k2-instruct-0905')", Long.class).getSingleResult()).intValue();
        asEditor(MERGE, Map.of("from", "moonshot-ai/kimi-k2-0905", "into", "moonshot-ai/kimi-k2-instruct-0905"))
                .body("errors", nullValue())
                .body("data.mergeModels.slug", equalTo("moonshot-ai/kimi-k2-instruct-0905"))
                .body("data.mergeModels.aliases", hasItem("moonshot-ai/kimi-k2-0905"))
                .body("data.mergeModels.aliases", hasItem("moonshotai/kimi-k2-0905"))
                .body("data.mergeModels.scores.size()", equalTo(before))
                .body("data.mergeModels.history.field", hasItem("mergedInto"));
        given().redirects().follow(false).when().get("/models/moonshot-ai/kimi-k2-0905").then().statusCode(301)
                .header("Location", containsString("/models/moonshot-ai/kimi-k2-instruct-0905"));
        // A markdown page merged away too: its re-import must not bring it back.
        asEditor(MERGE, Map.of("from", "openai/gpt-4o-2024-11-20", "into", "openai/gpt-4o")).body("errors", nullValue());
        reimportBothSources();
        assertEquals(models - 2, em.createQuery("select count(m) from LanguageModel m", Long.class).getSingleResult());
        assertEquals(0L, em.createQuery("select count(m) from LanguageModel m where m.slug in ('moonshot-ai/kimi-k2-0905', "
                + "'openai/gpt-4o-2024-11-20')", Long.class).getSingleResult());
        asEditor("{ model(slug: \"moonshotai/kimi-k2-0905\") { slug } }", Map.of())
                .body("data.model.slug", equalTo("moonshot-ai/kimi-k2-instruct-0905"));
        given().when().get("/models/openai/gpt-4o").then().statusCode(200).body(not(containsString(">gpt-4o-2024-11-20</a>")));
        String history = given().when().get("/models/openai/gpt-4o").then().extract().asString();
        assertTrue(history.contains("mergedInto"), "the merge is in the model's history");
    }
}

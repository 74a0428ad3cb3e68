package org.llmleaderboard.service.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Undoing a merge on the bundled data: the merged-away model comes back as it was (fields, scores and headlines,
 * facts, offerings, aliases, variants, page), the change history shows the merge and its undo, a re-import of both
 * sources keeps the two models apart, and every refusal carries a code. Runs on a database of its own (the bundled
 * data loaded at start) so that its merges reach no other test; each test uses models of its own.
 */
@QuarkusTest
@TestProfile(UnmergeTest.OwnDatabase.class)
class UnmergeTest {

    public static class OwnDatabase extends OwnBundledDatabase {
        @Override
        protected String h2Name() {
            return "unmerge";
        }
    }

    private static final String SNAPSHOT = """
            query($slug: String!) { model(slug: $slug) {
              slug name lab { slug } headlineTags released releaseDate releasePrecision access architecture parameters
              activeParameters trainingTokens alScore datasetType tags notes playgroundUrl paperUrl lastUpdated version
              description licence licenceId licenceCommercial openWeights weightsUrl releasedOn announcedOn multimodal
              knowledgeCutoff family { slug } fineTunedFrom { slug } origin aliases variantOf { slug } variantCount
              variants { slug scores { benchmark { slug } value headline } }
              facts { fact value text unit note sourceUrl citation }
              offerings { provider providerModelId inputPrice outputPrice contextWindow maxOutput sourceUrl }
              scores { benchmark { slug } value setting selfReported sourceUrl citation date headline }
              gpqa: score(benchmark: "gpqa") mmlu: score(benchmark: "mmlu")
            } }""";
    private static final String MERGE = """
            mutation($from: String!, $into: String!) { mergeModels(from: $from, into: $into, reason: "the same model") { slug } }""";
    private static final String UNMERGE = """
            mutation($model: String!) { unmergeModels(model: $model, reason: "two models after all") {
              slug name variantOf { slug } history { field oldValue newValue reason } } }""";
    private static final String ROWS = "{ models { totalCount } }";
    private static final String HISTORY = """
            query($slug: String!) { model(slug: $slug) { history { field oldValue newValue } } }""";

    private static ValidatableResponse asEditor(String document, Map<String, Object> variables) {
        return given().auth().preemptive().basic("editor", "test-editor").contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables)).when().post("/graphql").then().statusCode(200);
    }

    private static Map<String, Object> snapshot(String slug) {
        ValidatableResponse r = asEditor(SNAPSHOT, Map.of("slug", slug)).body("errors", nullValue());
        Map<String, Object> model = r.extract().path("data.model");
        assertEquals(slug, model.get("slug"));
        return model;
    }

    /** A model's snapshot but for its version, which counts writes that changed nothing visible (or a link, and back). */
    private static Map<String, Object> withoutVersion(Map<String, Object> model) {
        Map<String, Object> copy = new HashMap<>(model);
        copy.remove("version");
        return copy;
    }

    /**
     * The model page without its history (which the merge and the undo extend) and without the data version its live
     * notice listens from (every write raises it).
     */
    private static String page(String slug) {
        String html = given().redirects().follow(false).when().get("/models/" + slug).then().statusCode(200).extract().asString()
                .replaceAll("/events\\?since=\\d+", "/events?since=N");
        int start = html.indexOf("<section class=\"card spaced\" aria-labelledby=\"history\">");
        assertTrue(start > 0, "the page has a history");
        return html.substring(0, start) + html.substring(html.indexOf("</section>", start));
    }

    private static void reimportBothSources() {
        given().auth().preemptive().basic("editor", "test-editor").contentType("application/zip").body(bundled("aicomputing101-llm-leaderboard.zip"))
                .when().post("/admin/import?format=markdown").then().statusCode(200).body("models.created", equalTo(0));
        given().auth().preemptive().basic("editor", "test-editor").contentType("application/zip").body(bundled("llm-stats.zip"))
                .when().post("/admin/import?format=llm-stats").then().statusCode(200).body("merge.createdCount", equalTo(0));
    }

    private static byte[] bundled(String name) {
        try (InputStream in = UnmergeTest.class.getClassLoader().getResourceAsStream("bundled/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldRestoreTheMergedModelAsItWasAndKeepItThroughAReimportWhenTheMergeIsUndone() {
        String from = "openai/gpt-4o-2024-11-20";
        String into = "openai/gpt-4o";
        Map<String, Object> fromBefore = snapshot(from);
        Map<String, Object> intoBefore = snapshot(into);
        String pageBefore = page(from);
        String survivorPageBefore = page(into);
        int rows = asEditor(ROWS, Map.of()).extract().path("data.models.totalCount");
        asEditor(MERGE, Map.of("from", from, "into", into)).body("errors", nullValue());
        given().redirects().follow(false).when().get("/models/" + from).then().statusCode(301);

        asEditor(UNMERGE, Map.of("model", from))
                .body("errors", nullValue())
                .body("data.unmergeModels.slug", equalTo(from))
                .body("data.unmergeModels.variantOf.slug", equalTo(into))
                .body("data.unmergeModels.history.field", hasItem("mergedInto"))
                .body("data.unmergeModels.history[0].reason", equalTo("two models after all"));
        assertEquals(fromBefore, snapshot(from));
        assertEquals(intoBefore, snapshot(into));
        assertEquals(pageBefore, page(from));
        assertEquals(survivorPageBefore, page(into));
        asEditor(ROWS, Map.of()).body("data.models.totalCount", equalTo(rows));
        List<Map<String, String>> survivorHistory = asEditor(HISTORY, Map.of("slug", into)).extract().path("data.model.history");
        assertTrue(survivorHistory.stream().anyMatch(c -> "mergedInto".equals(c.get("field")) && into.equals(c.get("newValue"))),
                "the survivor's history shows the merge");
        assertTrue(survivorHistory.stream().anyMatch(c -> "mergedInto".equals(c.get("field")) && into.equals(c.get("oldValue"))
                && c.get("newValue") == null), "the survivor's history shows the undo");

        reimportBothSources();
        // The import writes the models it reads again (their version counts it), and changes nothing else.
        assertEquals(withoutVersion(fromBefore), withoutVersion(snapshot(from)));
        assertEquals(withoutVersion(intoBefore), withoutVersion(snapshot(into)));
        given().when().get("/models/" + into).then().statusCode(200).body(containsString("href=\"/models/" + from + "\""));
    }

    @Test
    void shouldGiveBackTheVariantsAndTheSurvivorsVariantLinkWhenAMergeIntoAVariantIsUndone() {
        // Gemini 2.5 Pro merged into its own preview: its variants go to the preview, whose link to it is cut.
        String from = "google-deepmind/gemini-25-pro";
        String into = "google-deepmind/gemini-25-pro-preview";
        Map<String, Object> fromBefore = snapshot(from);
        Map<String, Object> intoBefore = snapshot(into);
        assertEquals(from, ((Map<?, ?>) intoBefore.get("variantOf")).get("slug"));
        asEditor(MERGE, Map.of("from", from, "into", into)).body("errors", nullValue());
        asEditor(UNMERGE, Map.of("model", from)).body("errors", nullValue()).body("data.unmergeModels.variantOf", nullValue());
        assertEquals(fromBefore, snapshot(from));
        // The preview's link to its model was cut by the merge and set again by the undo: two writes of its version.
        assertEquals(withoutVersion(intoBefore), withoutVersion(snapshot(into)));

        asEditor(UNMERGE, Map.of("model", from))
                .body("errors[0].extensions.code", equalTo("INVALID_VALUE"))
                .body("errors[0].message", containsString("already undone"));
    }

    @Test
    void shouldRefuseAnUndoOfASlugNeverMergedUnknownOrAskedAnonymously() {
        asEditor(UNMERGE, Map.of("model", "openai/no-such-model"))
                .body("errors[0].extensions.code", equalTo("UNKNOWN_REFERENCE")).body("data", nullValue());
        asEditor(UNMERGE, Map.of("model", "deepseek-ai/deepseek-r1"))
                .body("errors[0].extensions.code", equalTo("INVALID_VALUE"))
                .body("errors[0].message", containsString("never merged"));
        given().contentType(ContentType.JSON).body(Map.of("query", UNMERGE, "variables", Map.of("model", "deepseek-ai/deepseek-r1")))
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    @TestSecurity(user = "reader", roles = "viewer")
    void shouldRefuseAnUndoToAUserWithoutTheEditorRole() {
        given().contentType(ContentType.JSON).body(Map.of("query", UNMERGE, "variables", Map.of("model", "openai/gpt-4o-2024-08-06")))
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldRefuseAnUndoWhenTheSurvivorWasMergedAwaySinceAndAllowItOnceThatMergeIsUndone() {
        String first = "moonshot-ai/kimi-k2-0905";
        String second = "moonshot-ai/kimi-k2-instruct-0905";
        String last = "moonshot-ai/kimi-k2";
        Map<String, Object> firstBefore = snapshot(first);
        Map<String, Object> secondBefore = snapshot(second);
        Map<String, Object> lastBefore = snapshot(last);
        asEditor(MERGE, Map.of("from", first, "into", second)).body("errors", nullValue());
        asEditor(MERGE, Map.of("from", second, "into", last)).body("errors", nullValue());

        asEditor(UNMERGE, Map.of("model", first))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("was merged into '" + last + "'"))
                .body("data", nullValue());
        assertEquals(0, asEditor(HISTORY, Map.of("slug", first)).extract().<List<?>>path("data.model.history").stream()
                .filter(c -> ((Map<?, ?>) c).get("newValue") == null && "mergedInto".equals(((Map<?, ?>) c).get("field"))).count(),
                "a refused undo writes nothing");

        asEditor(UNMERGE, Map.of("model", second)).body("errors", nullValue());
        asEditor(UNMERGE, Map.of("model", first)).body("errors", nullValue());
        assertEquals(firstBefore, snapshot(first));
        assertEquals(secondBefore, snapshot(second));
        assertEquals(lastBefore, snapshot(last));
    }

    @Test
    void shouldRefuseAnUndoWhenTheSlugNamesAnotherModelSince() {
        String from = "deepseek-ai/deepseek-r1-0528";
        asEditor(MERGE, Map.of("from", from, "into", "deepseek-ai/deepseek-r1")).body("errors", nullValue());
        asEditor("""
                mutation { upsertModel(input: { slug: "deepseek-ai/deepseek-r1-0528", name: "Another R1", lab: "deepseek-ai" }) { slug } }""",
                Map.of()).body("errors", nullValue());
        asEditor(UNMERGE, Map.of("model", from))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("names another model"));
        given().when().get("/models/" + from).then().statusCode(200).body(containsString("Another R1"));
    }
}

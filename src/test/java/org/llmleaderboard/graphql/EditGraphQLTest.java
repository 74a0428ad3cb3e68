package org.llmleaderboard.graphql;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.llmleaderboard.service.DataVersion;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.llmleaderboard.graphql.GraphQL.query;

/**
 * The write API against the test database. Everything it creates lives under the lab {@code test-lab}
 * and is removed after each test, so that the read tests keep seeing the bundled data only.
 */
@QuarkusTest
class EditGraphQLTest {

    static final String EDITOR = "editor";
    static final String PASSWORD = "test-editor"; // the documented %test default

    static final String UPSERT_LAB = """
            mutation { upsertLab(input: { slug: "test-lab", name: "Test Lab", website: "https://lab.test" }) { slug name } }""";
    static final String UPSERT_MODEL = """
            mutation($input: ModelInput!) { upsertModel(input: $input) { slug name version alScore alScoreBand parameters lab { slug } } }""";
    static final String RECORD_SCORE = """
            mutation($input: ScoreInput!) { recordScore(input: $input) { value headline sourceUrl setting selfReported } }""";

    @Inject
    EntityManager em;

    @Inject
    DataVersion dataVersion;

    @AfterEach
    @Transactional
    void removeTestData() {
        TestData.removeTestLab(em, dataVersion);
    }

    static ValidatableResponse asEditor(String document, Map<String, Object> variables) {
        return given().auth().preemptive().basic(EDITOR, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables))
                .when().post("/graphql").then().statusCode(200);
    }

    static Map<String, Object> model(String slug, Object... fields) {
        Map<String, Object> input = new HashMap<>(Map.of("slug", slug, "name", "Test Model", "lab", "test-lab"));
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1]);
        }
        return Map.of("input", input);
    }

    private void createLabAndModel() {
        asEditor(UPSERT_LAB, Map.of()).body("errors", nullValue());
        asEditor(UPSERT_MODEL, model("test-lab/rocket", "parameters", 1000, "trainingTokens", 30000, "architecture", "moe",
                "access", "public", "released", "Nov/2026", "tags", List.of("Reasoning"), "reason", "launch post"))
                .body("errors", nullValue());
    }

    @Test
    void shouldRefuseWritesWithoutCredentials() {
        query(UPSERT_LAB)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("authenticated editor"));
        query("{ lab(slug: \"test-lab\") { slug } }").body("data.lab", nullValue());
    }

    @Test
    void shouldAnswer401ForWrongCredentials() {
        given().auth().preemptive().basic(EDITOR, "wrong").contentType(ContentType.JSON)
                .body(Map.of("query", UPSERT_LAB)).when().post("/graphql").then().statusCode(401);
        query("{ lab(slug: \"test-lab\") { slug } }").body("data.lab", nullValue());
    }

    @Test
    @TestSecurity(user = "reader", roles = "viewer")
    void shouldRefuseUsersWithoutTheEditorRole() {
        query(UPSERT_LAB)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("lacks the editor role"));
        query("{ lab(slug: \"test-lab\") { slug } }").body("data.lab", nullValue());
    }

    @Test
    void shouldShowANewModelAndScoreEverywhereAtOnce() {
        createLabAndModel();
        asEditor(RECORD_SCORE, Map.of("input", Map.of("model", "test-lab/rocket", "benchmark", "gpqa", "value", 99.9,
                "setting", "0-shot", "selfReported", true, "sourceUrl", "https://lab.test/blog")))
                .body("errors", nullValue())
                .body("data.recordScore.headline", equalTo(true))
                .body("data.recordScore.sourceUrl", equalTo("https://lab.test/blog"));
        query("""
                { model(slug: "test-lab/rocket") { name alScore alScoreBand architecture gpqa: score(benchmark: "gpqa") }
                  models(sort: { field: BENCHMARK, benchmark: "gpqa" }, first: 1) { totalCount items { slug } } }""")
                .body("data.model.alScore", equalTo(18.3f))
                .body("data.model.alScoreBand", equalTo("Very powerful"))
                .body("data.model.architecture", equalTo("MoE"))
                .body("data.model.gpqa", equalTo(99.9f))
                .body("data.models.totalCount", equalTo(org.llmleaderboard.TestData.ROWS + 1))
                .body("data.models.items[0].slug", equalTo("test-lab/rocket"));
        given().when().get("/?sort=gpqa&dir=desc").then().statusCode(200)
                .body(containsString("<td class=\"rank\">1</td>\n  <td class=\"name\"><a href=\"/models/test-lab/rocket\">Test Model</a>"));
        given().when().get("/models/test-lab/rocket").then().statusCode(200)
                .body(containsString("99.9"))
                .body(containsString("https://lab.test/blog"))
                .body(containsString("0-shot · self-reported"));
    }

    @Test
    void shouldNameEachInvalidFieldAndWriteNothing() {
        asEditor(UPSERT_LAB, Map.of()).body("errors", nullValue());
        asEditor(UPSERT_MODEL, model("Test-Lab/Bad Slug", "parameters", -1, "trainingTokens", -5,
                "playgroundUrl", "javascript:alert(1)"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", containsString("ModelInput.slug: must be '<lab>/<model>' in lower-case slug form"))
                .body("errors[0].message", containsString("ModelInput.parameters: must be greater than or equal to 0"))
                .body("errors[0].message", containsString("ModelInput.trainingTokens: must be greater than or equal to 0"))
                .body("errors[0].message", containsString("ModelInput.playgroundUrl: must be an http(s) URL"));
        asEditor(RECORD_SCORE, Map.of("input", Map.of("model", "test-lab/x", "benchmark", "gpqa", "value", 50, "date", "May 2025",
                "sourceUrl", "ftp://x")))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", equalTo("ScoreInput.date: must be a date, yyyy-MM-dd; ScoreInput.sourceUrl: must be an http(s) URL"));
        query("{ lab(slug: \"test-lab\") { modelCount } }").body("data.lab.modelCount", equalTo(0));
    }

    @Test
    void shouldRefuseUnknownReferencesAndValuesOutOfRange() {
        asEditor(UPSERT_MODEL, model("nolab/x").entrySet().stream().findFirst().map(e -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> input = new HashMap<>((Map<String, Object>) e.getValue());
            input.put("lab", "nolab");
            return Map.<String, Object>of("input", input);
        }).orElseThrow())
                .body("errors[0].extensions.code", equalTo("UNKNOWN_REFERENCE"))
                .body("errors[0].message", equalTo("ModelInput.lab: unknown lab 'nolab'."));
        createLabAndModel();
        asEditor(RECORD_SCORE, Map.of("input", Map.of("model", "test-lab/rocket", "benchmark", "nope", "value", 50, "sourceUrl", "https://x.test")))
                .body("errors[0].extensions.code", equalTo("UNKNOWN_BENCHMARK"));
        asEditor(RECORD_SCORE, Map.of("input", Map.of("model", "test-lab/rocket", "benchmark", "gpqa", "value", 120, "sourceUrl", "https://x.test")))
                .body("errors[0].extensions.code", equalTo("INVALID_VALUE"))
                .body("errors[0].message", containsString("ScoreInput.value: must lie within GPQA's range 0.0 to 100.0"));
        asEditor(RECORD_SCORE, Map.of("input", Map.of("model", "test-lab/rocket", "benchmark", "gpqa", "value", 50)))
                .body("errors[0].extensions.code", equalTo("INVALID_VALUE"))
                .body("errors[0].message", containsString("needs a source"));
        asEditor(UPSERT_MODEL, model("test-lab/other", "released", "someday"))
                .body("errors[0].message", containsString("ModelInput.released"));
        query("{ model(slug: \"test-lab/rocket\") { scores { value } } }").body("data.model.scores", hasSize(0));
    }

    @Test
    void shouldRefuseAnUpdateBasedOnAStaleVersion() {
        createLabAndModel();
        asEditor(UPSERT_MODEL, model("test-lab/rocket", "parameters", 1200, "version", 0))
                .body("errors", nullValue()).body("data.upsertModel.version", equalTo(1));
        // A second editor still holding version 0 must not overwrite the first one's change.
        asEditor(UPSERT_MODEL, model("test-lab/rocket", "parameters", 5, "version", 0))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("you sent version 0, the current version is 1"));
        // An update without a version is refused too: nothing is overwritten blindly.
        asEditor(UPSERT_MODEL, model("test-lab/rocket", "parameters", 5))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        query("{ model(slug: \"test-lab/rocket\") { parameters version } }")
                .body("data.model.parameters", equalTo(1200.0f)).body("data.model.version", equalTo(1));
    }

    @Test
    void shouldKeepOneHeadlinePerBenchmarkAndTheOthersVisible() {
        createLabAndModel();
        asEditor(RECORD_SCORE, Map.of("input", Map.of("model", "test-lab/rocket", "benchmark", "mmlu", "value", 80.0,
                "setting", "5-shot", "sourceUrl", "https://a.test"))).body("data.recordScore.headline", equalTo(true));
        asEditor(RECORD_SCORE, Map.of("input", Map.of("model", "test-lab/rocket", "benchmark", "mmlu", "value", 85.0,
                "setting", "0-shot CoT", "source", "Lab blog, 2026", "headline", true))).body("data.recordScore.headline", equalTo(true));
        query("{ model(slug: \"test-lab/rocket\") { mmlu: score(benchmark: \"mmlu\") scores { value headline setting } } }")
                .body("data.model.mmlu", equalTo(85.0f))
                .body("data.model.scores", hasSize(2))
                .body("data.model.scores.findAll { it.headline }.value", equalTo(List.of(85.0f)));
        asEditor("mutation { deleteScore(model: \"test-lab/rocket\", benchmark: \"mmlu\", setting: \"0-shot CoT\") }", Map.of())
                .body("data.deleteScore", equalTo(true));
        // The remaining score becomes the headline.
        query("{ model(slug: \"test-lab/rocket\") { mmlu: score(benchmark: \"mmlu\") } }").body("data.model.mmlu", equalTo(80.0f));
        given().when().get("/models/test-lab/rocket").then().body(containsString("https://a.test"));
    }

    @Test
    void shouldLogEveryChangeWithWhoAndWhy() {
        createLabAndModel();
        asEditor(UPSERT_MODEL, model("test-lab/rocket", "parameters", 1200, "trainingTokens", 30000, "architecture", "moe",
                "access", "public", "released", "Nov/2026", "tags", List.of("Reasoning"), "version", 0, "reason", "paper v2"))
                .body("errors", nullValue());
        asEditor(RECORD_SCORE, Map.of("input", Map.of("model", "test-lab/rocket", "benchmark", "hle", "value", 30.0,
                "sourceUrl", "https://lab.test/hle", "reason", "HLE run"))).body("errors", nullValue());
        query("{ model(slug: \"test-lab/rocket\") { history { entity key field oldValue newValue actor reason at } } }")
                .body("data.model.history.find { it.field == 'parameters' && it.reason == 'paper v2' }.oldValue", equalTo("1000"))
                .body("data.model.history.find { it.field == 'parameters' && it.reason == 'paper v2' }.newValue", equalTo("1200"))
                .body("data.model.history.find { it.field == 'name' }.newValue", equalTo("Test Model"))
                .body("data.model.history.find { it.entity == 'score' && it.field == 'value' }.newValue", equalTo("30"))
                .body("data.model.history.find { it.entity == 'score' && it.field == 'value' }.reason", equalTo("HLE run"))
                .body("data.model.history.actor", hasItem("editor"))
                .body("data.model.history.at", hasItem(notNullValue()))
                // Only the changed field is logged by the update.
                .body("data.model.history.findAll { it.reason == 'paper v2' }.field", equalTo(List.of("parameters")));
        given().when().get("/models/test-lab/rocket").then().body(containsString("paper v2"));
    }

    @Test
    void shouldStoreMarkupAsTextAndShowItEscaped() {
        asEditor(UPSERT_LAB, Map.of()).body("errors", nullValue());
        asEditor(UPSERT_MODEL, model("test-lab/xss", "name", "<script>alert(1)</script>", "notes", "<img src=x onerror=alert(2)>"))
                .body("data.upsertModel.name", equalTo("<script>alert(1)</script>"));
        given().when().get("/models/test-lab/xss").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)</script>")))
                .body(not(containsString("<img src=x")));
        given().when().get("/?q=alert").then().body(not(containsString("<script>alert(1)")));
    }

    @Test
    void shouldDeleteAModel() {
        createLabAndModel();
        asEditor("mutation { deleteModel(slug: \"test-lab/rocket\", reason: \"duplicate\") }", Map.of())
                .body("data.deleteModel", equalTo(true));
        query("{ model(slug: \"test-lab/rocket\") { name } }").body("data.model", nullValue());
        asEditor("mutation { deleteModel(slug: \"test-lab/rocket\") }", Map.of()).body("data.deleteModel", equalTo(false));
    }

    @Test
    void shouldRefuseQueriesDeeperThanTheLimit() {
        // Cheap (one row per level) but 18 deep: refused before it runs, with the depth and the limit.
        String deep = "{ benchmark(slug: \"gpqa\") { " + "ranking(first: 1) { benchmark { ".repeat(8) + "slug" + " } }".repeat(8) + " } }";
        query(deep).body("data", nullValue()).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].extensions.limit", equalTo(15)).body("errors[0].message", containsString("18 deep"));
        // Introspection as deep as the GraphQL UI's (13 levels) stays allowed.
        String introspection = "{ __schema { types { fields { type { " + "ofType { ".repeat(8) + "name" + " }".repeat(8) + " } } } } }";
        query(introspection).body("errors", nullValue()).body("data.__schema.types", notNullValue());
    }
}

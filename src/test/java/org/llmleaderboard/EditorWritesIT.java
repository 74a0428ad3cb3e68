package org.llmleaderboard;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The write routes in the packaged app (jar or native executable): GraphQL mutations and
 * {@code /admin/import} in every format, with and without the editor's credentials.
 * <p>
 * The {@code @QuarkusTest} suites of the same routes ({@code EditGraphQLTest}, {@code AdminImportTest})
 * clean up through the application's EntityManager, which a packaged app does not offer; this suite
 * runs on a database of its own instead, and each test writes under its own slugs, so that the tests
 * do not depend on their order.
 */
@QuarkusIntegrationTest
@WithTestResource(EditorWritesIT.EditorDatabase.class)
class EditorWritesIT {

    /** Production takes the editor's password only from the environment: failsafe sets it (pom.xml). */
    static final String PASSWORD = "it-editor";

    /**
     * Another test resource than the read suites' ({@link FreshDatabase}), so that Quarkus restarts the app on an
     * empty database before and after this suite: these writes never meet the read suites' figures.
     */
    public static class EditorDatabase extends FreshDatabase {
    }

    private static RequestSpecification editor() {
        return given().auth().preemptive().basic("editor", PASSWORD);
    }

    private static ValidatableResponse graphql(RequestSpecification as, String document, Map<String, Object> variables) {
        return as.contentType(ContentType.JSON).body(Map.of("query", document, "variables", variables))
                .when().post("/graphql").then().statusCode(200);
    }

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = EditorWritesIT.class.getClassLoader().getResourceAsStream("bundled/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void shouldRefuseWritesWithoutOrWithWrongCredentials() {
        String lab = "mutation { upsertLab(input: { slug: \"it-refused\", name: \"Refused\" }) { slug } }";
        graphql(given(), lab, Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().auth().preemptive().basic("editor", "wrong").contentType(ContentType.JSON).body(Map.of("query", lab))
                .when().post("/graphql").then().statusCode(401);
        given().contentType("text/csv").body("slug,name,lab\n").when().post("/admin/import?format=csv").then().statusCode(401);
        given().auth().preemptive().basic("editor", "wrong").contentType("text/csv").body("slug,name,lab\n")
                .when().post("/admin/import?format=csv").then().statusCode(401);
        given().when().get("/labs/it-refused").then().statusCode(404);
    }

    @Test
    void shouldRateLimitFailedLoginsFromOneAddressOnly() {
        // From 127.0.0.3, so that the other tests (from 127.0.0.1) are not throttled, whatever their order.
        String query = "{\"query\":\"{ stats { models } }\"}";
        for (int i = 0; i < 10; i++) {
            String answer = TestData.postFrom("127.0.0.3", io.restassured.RestAssured.port, "/graphql", "editor", "guess-" + i, "application/json", query);
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
        }
        String graphql = TestData.postFrom("127.0.0.3", io.restassured.RestAssured.port, "/graphql", "editor", PASSWORD, "application/json", query);
        org.junit.jupiter.api.Assertions.assertTrue(graphql.startsWith("HTTP/1.1 429"), graphql);
        org.junit.jupiter.api.Assertions.assertTrue(graphql.toLowerCase(java.util.Locale.ROOT).contains("retry-after: 300"), graphql);
        org.junit.jupiter.api.Assertions.assertTrue(graphql.contains("\"code\":\"TOO_MANY_LOGIN_ATTEMPTS\""), graphql);
        String admin = TestData.postFrom("127.0.0.3", io.restassured.RestAssured.port, "/admin/import?format=csv&dryRun=true", "editor", PASSWORD,
                "text/csv", "slug,name,lab\n");
        org.junit.jupiter.api.Assertions.assertTrue(admin.startsWith("HTTP/1.1 429") && admin.contains("Too many failed logins"), admin);
        // Another address with the right password is not throttled.
        graphql(editor(), "{ stats { models } }", Map.of()).body("data.stats.models", greaterThan(0));
    }

    @Test
    void shouldRefuseAZipBombBeforeUnpackingIt() throws IOException {
        editor().contentType("application/zip").body(org.llmleaderboard.web.ZipBombImportTest.manyEntries("markdown", 20_001))
                .when().post("/admin/import?format=markdown").then()
                .statusCode(413).body("code", equalTo("ZIP_TOO_LARGE"));
        editor().contentType("application/zip").body(org.llmleaderboard.web.ZipBombImportTest.oneHugeEntry("llm-stats", 65L * 1024 * 1024))
                .when().post("/admin/import?format=llm-stats").then()
                .statusCode(413).body("code", equalTo("ZIP_TOO_LARGE"));
        given().when().get("/labs/test-lab").then().statusCode(404);
    }

    @Test
    void shouldCreateAModelWithAScoreShowItOnItsPagesAndDeleteIt() {
        graphql(editor(), "mutation { upsertLab(input: { slug: \"it-graphql\", name: \"IT Lab\", website: \"https://lab.test\" }) { slug name } }",
                Map.of()).body("errors", nullValue()).body("data.upsertLab.name", equalTo("IT Lab"));
        graphql(editor(), "mutation($input: ModelInput!) { upsertModel(input: $input) { slug version alScore lab { slug } } }",
                Map.of("input", Map.of("slug", "it-graphql/rocket", "name", "IT Rocket", "lab", "it-graphql", "parameters", 1000,
                        "trainingTokens", 30000, "architecture", "moe", "access", "public", "released", "Nov/2026", "reason", "launch post")))
                .body("errors", nullValue())
                .body("data.upsertModel.version", equalTo(0))
                .body("data.upsertModel.alScore", equalTo(18.3f))
                .body("data.upsertModel.lab.slug", equalTo("it-graphql"));
        graphql(editor(), "mutation($input: ScoreInput!) { recordScore(input: $input) { value headline } }",
                Map.of("input", Map.of("model", "it-graphql/rocket", "benchmark", "gpqa", "value", 91.5, "setting", "0-shot",
                        "selfReported", true, "sourceUrl", "https://lab.test/blog")))
                .body("errors", nullValue()).body("data.recordScore.headline", equalTo(true));

        graphql(given(), """
                { model(slug: "it-graphql/rocket") { name lab { name modelCount } gpqa: score(benchmark: "gpqa")
                    scores { value benchmark { slug } model { slug } sourceUrl } history { entity field reason } }
                  benchmark(slug: "gpqa") { ranking(first: 1) { value model { slug } } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.model.lab.name", equalTo("IT Lab"))
                .body("data.model.lab.modelCount", equalTo(1))
                .body("data.model.gpqa", equalTo(91.5f))
                .body("data.model.scores[0].benchmark.slug", equalTo("gpqa"))
                .body("data.model.scores[0].model.slug", equalTo("it-graphql/rocket"))
                .body("data.model.history.reason", hasItem("launch post"))
                .body("data.benchmark.ranking[0].value", greaterThan(80f));
        given().when().get("/models/it-graphql/rocket").then().statusCode(200)
                .body(containsString("IT Rocket")).body(containsString("https://lab.test/blog"));
        given().when().get("/labs/it-graphql").then().statusCode(200).body(containsString("href=\"/models/it-graphql/rocket\""));

        graphql(editor(), "mutation { deleteModel(slug: \"it-graphql/rocket\", reason: \"test over\") }", Map.of())
                .body("errors", nullValue()).body("data.deleteModel", equalTo(true));
        given().when().get("/models/it-graphql/rocket").then().statusCode(404);
    }

    @Test
    void shouldCreateABenchmarkRankAModelOnItAndDeleteTheScore() {
        graphql(editor(), "mutation($input: BenchmarkInput!) { upsertBenchmark(input: $input) { slug name unit higherIsBetter } }",
                Map.of("input", Map.of("slug", "it-bench", "name", "IT Bench", "description", "A benchmark of the integration tests",
                        "unit", "%", "reason", "new benchmark")))
                .body("errors", nullValue())
                .body("data.upsertBenchmark.name", equalTo("IT Bench"))
                .body("data.upsertBenchmark.higherIsBetter", equalTo(true));
        graphql(editor(), "mutation($input: ScoreInput!) { recordScore(input: $input) { value headline } }",
                Map.of("input", Map.of("model", "openai/gpt-5", "benchmark", "it-bench", "value", 42.5, "setting", "0-shot",
                        "sourceUrl", "https://bench.test/gpt-5")))
                .body("errors", nullValue()).body("data.recordScore.headline", equalTo(true));
        graphql(given(), "{ benchmark(slug: \"it-bench\") { name ranking(first: 5) { value model { slug } } } }", Map.of())
                .body("data.benchmark.ranking[0].model.slug", equalTo("openai/gpt-5"))
                .body("data.benchmark.ranking[0].value", equalTo(42.5f));
        given().when().get("/benchmarks/it-bench").then().statusCode(200)
                .body(containsString("IT Bench")).body(containsString("https://bench.test/gpt-5"));

        graphql(given(), "mutation { deleteScore(model: \"openai/gpt-5\", benchmark: \"it-bench\", setting: \"0-shot\") }", Map.of())
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        graphql(editor(), "mutation { deleteScore(model: \"openai/gpt-5\", benchmark: \"it-bench\", setting: \"0-shot\", reason: \"test over\") }",
                Map.of()).body("errors", nullValue()).body("data.deleteScore", equalTo(true));
        graphql(given(), "{ benchmark(slug: \"it-bench\") { ranking(first: 5) { value } } }", Map.of())
                .body("data.benchmark.ranking", empty());
    }

    static final String CSV = """
            slug,name,lab,lab_name,architecture,access,released,parameters_b,training_tokens_b,tags,gpqa,mmlu,source_url,setting
            it-csv/import-1,Import One,it-csv,IT CSV Lab,moe,public,Nov/2026,2000,40000,Reasoning;Coding,93.1,90.0,https://lab.test/one,0-shot
            it-csv/import-2,"Import Two, \"\"quoted\"\"",it-csv,IT CSV Lab,dense,private,2026-10-01,70,15000,,,,,
            """;

    @Test
    void shouldImportACsvAfterADryRunThatWritesNothing() {
        editor().contentType("text/csv").body(CSV).when().post("/admin/import?format=csv&dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("written", equalTo(false)).body("models.created", equalTo(2));
        given().when().get("/models/it-csv/import-1").then().statusCode(404);

        editor().header("X-File-Name", "it.csv").contentType("text/csv").body(CSV).when().post("/admin/import?format=csv").then()
                .statusCode(200).body("written", equalTo(true)).body("models.created", equalTo(2)).body("scores.created", equalTo(2))
                .body("rejected", empty());
        given().when().get("/models/it-csv/import-1").then().statusCode(200).body(containsString("Import One"));
        given().when().get("/export.csv?lab=it-csv").then().statusCode(200).body(containsString("it-csv/import-1"));

        editor().contentType("text/csv").body(CSV.replace(",2000,", ",-7,")).when().post("/admin/import?format=csv").then()
                .statusCode(422).body("written", equalTo(false))
                .body("rejected[0].reason", containsString("parameters must be greater than or equal to 0"));
        editor().contentType("text/plain").body(CSV).when().post("/admin/import?format=csv").then().statusCode(415);
        editor().contentType("text/csv").body(CSV).when().post("/admin/import?format=xml").then().statusCode(400)
                .body("error", containsString("Unknown format 'xml'"));
    }

    @Test
    void shouldReadItsOwnDataSetExportBackUnchanged() {
        byte[] dataset = given().when().get("/export/dataset.json").then().statusCode(200).extract().asByteArray();
        editor().contentType("application/json").body(dataset).when().post("/admin/import?format=json&dryRun=true").then()
                .statusCode(200)
                .body("rejected", empty())
                .body("models.created", equalTo(0))
                .body("models.updated", equalTo(0))
                .body("scores.created", equalTo(0));
        editor().contentType("application/json").body("{\"format\": \"llm-leaderboard/dataset@1\", \"labs\": [ }")
                .when().post("/admin/import?format=json").then().statusCode(400);
    }

    @Test
    void shouldFindTheBundledMarkdownAndLlmStatsSetsUnchangedInADryRun() throws IOException {
        editor().contentType("application/zip").body(bundled("aicomputing101-llm-leaderboard.zip"))
                .when().post("/admin/import?format=markdown&dryRun=true").then().statusCode(200)
                .body("rejected", empty())
                .body("models.unchanged", equalTo(TestData.MARKDOWN_MODELS))
                .body("models.created", equalTo(0));
        editor().contentType("application/zip").body(bundled("llm-stats.zip"))
                .when().post("/admin/import?format=llm-stats&dryRun=true").then().statusCode(200)
                .body("rejected", empty())
                .body("merge.matchedCount", equalTo(169))
                .body("merge.createdCount", equalTo(0))
                .body("merge.undecidedCount", equalTo(0));
    }

    @Test
    void shouldMergeAnLlmStatsZip() {
        byte[] zip = TestData.llmStatsZip(Map.of(
                "data/organizations/it-llm/organization.json", "{\"organization_id\": \"it-llm\", \"name\": \"IT LLM Lab\"}",
                "data/organizations/it-llm/models/llm-1/model.json", """
                        {"model_id": "llm-1", "name": "IT LLM One", "organization_id": "it-llm", "license_id": "apache_2_0",
                         "release_date": "2026-11-02", "param_count": 7000000000}"""));
        editor().contentType("application/zip").body(zip).when().post("/admin/import?format=llm-stats").then()
                .statusCode(200).body("written", equalTo(true)).body("merge.createdCount", equalTo(1))
                .body("merge.created[0].slug", equalTo("it-llm/llm-1"));
        graphql(given(), "{ model(slug: \"it-llm/llm-1\") { name licenceId releasedOn parameters } }", Map.of())
                .body("data.model.name", equalTo("IT LLM One"))
                .body("data.model.releasedOn", equalTo("2026-11-02"))
                .body("data.model.parameters", equalTo(7.0f));
        editor().contentType("application/zip").body(new byte[] { 1, 2, 3 }).when().post("/admin/import?format=llm-stats").then()
                .statusCode(400);
    }
}

package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.llmleaderboard.service.DataVersion;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.empty;

/** {@code POST /admin/import}: editors only, one transaction, dry run, row-level report. Test data is removed after each test. */
@QuarkusTest
public class AdminImportTest {

    public static final String GOOD = """
            slug,name,lab,lab_name,architecture,access,released,parameters_b,training_tokens_b,tags,gpqa,mmlu,source_url,setting
            test-lab/import-1,Import One,test-lab,Test Lab,moe,public,Nov/2026,2000,40000,Reasoning;Coding,93.1,90.0,https://lab.test/one,0-shot
            test-lab/import-2,"Import Two, \"\"quoted\"\"",test-lab,Test Lab,dense,private,2026-10-01,70,15000,,,,,
            """;

    static final String BAD = """
            slug,name,lab,lab_name,architecture,access,released,parameters_b,training_tokens_b,gpqa,source_url
            test-lab/import-1,Import One,test-lab,Test Lab,moe,public,Nov/2026,2000,40000,93.1,https://lab.test/one
            test-lab/import-3,Import Three,test-lab,Test Lab,dense,public,Dec/2026,-7,100,,
            test-lab/import-4,Import Four,test-lab,Test Lab,dense,weird,Dec/2026,70,100,,
            test-lab/import-5,Import Five,test-lab,Test Lab,dense,public,Dec/2026,70,100,150,https://lab.test/five
            test-lab/import-6,Import Six,test-lab,Test Lab,dense,public,Dec/2026,seventy,100,,
            """;

    @Inject
    EntityManager em;

    @Inject
    DataVersion dataVersion;

    @AfterEach
    @Transactional
    void removeTestData() {
        TestData.removeTestLab(em, dataVersion);
    }

    public static RequestSpecification editor() {
        return given().auth().preemptive().basic("editor", "test-editor");
    }

    private static void assertNoTestModels() {
        given().when().get("/labs/test-lab").then().statusCode(404);
        given().when().get("/models/test-lab/import-1").then().statusCode(404);
    }

    @Test
    void shouldAnswer401WithoutCredentials() {
        given().contentType("text/csv").body(GOOD).when().post("/admin/import?format=csv").then().statusCode(401);
        assertNoTestModels();
    }

    @Test
    @TestSecurity(user = "reader", roles = "viewer")
    void shouldAnswer403WithoutTheEditorRole() {
        given().contentType("text/csv").body(GOOD).when().post("/admin/import?format=csv").then().statusCode(403);
        assertNoTestModels();
    }

    @Test
    void shouldImportACsvInOneGoAndShowItAtOnce() {
        editor().header("X-File-Name", "import-test.csv").contentType("text/csv").body(GOOD).when().post("/admin/import?format=csv").then()
                .statusCode(200)
                .body("written", equalTo(true))
                .body("models.created", equalTo(2))
                .body("scores.created", equalTo(2))
                .body("labs.created", equalTo(1))
                .body("rejected", empty());
        given().when().get("/?sort=gpqa&dir=desc").then().body(containsString("href=\"/models/test-lab/import-1\">Import One</a>"));
        given().contentType("application/json").body(java.util.Map.of("query", """
                { model(slug: "test-lab/import-1") { architecture tags alScore gpqa: score(benchmark: "gpqa")
                    scores { setting sourceUrl } history { entity } }
                  two: model(slug: "test-lab/import-2") { name access releaseDate releasePrecision } }"""))
                .when().post("/graphql").then().statusCode(200)
                .body("data.model.architecture", equalTo("MoE"))
                .body("data.model.tags", equalTo(List.of("Reasoning", "Coding")))
                .body("data.model.gpqa", equalTo(93.1f))
                .body("data.model.scores.setting", equalTo(List.of("0-shot", "0-shot")))
                .body("data.two.name", equalTo("Import Two, \"quoted\""))
                .body("data.two.access", equalTo("Private"))
                .body("data.two.releasePrecision", equalTo("DAY"));
        // One change-log entry for the whole import, with its counts and its file.
        Number entries = (Number) em.createNativeQuery("select count(*) from change_log where entity_type = 'import' and entity_key = 'import-test.csv'")
                .getSingleResult();
        org.junit.jupiter.api.Assertions.assertEquals(1, entries.intValue());
        // Importing the same file again changes nothing.
        editor().contentType("text/csv").body(GOOD).when().post("/admin/import?format=csv").then().statusCode(200)
                .body("models.unchanged", equalTo(2)).body("scores.unchanged", equalTo(2));
    }

    @Test
    void shouldRejectBadRowsWithTheirLinesAndWriteNothing() {
        editor().contentType("text/csv").body(BAD).when().post("/admin/import?format=csv").then()
                .statusCode(422)
                .body("written", equalTo(false))
                .body("rejected", hasSize(4))
                .body("rejected.line", org.hamcrest.Matchers.containsInAnyOrder(3, 4, 5, 6))
                .body("rejected.find { it.line == 3 }.reason", containsString("parameters must be greater than or equal to 0"))
                .body("rejected.find { it.line == 4 }.reason", containsString("ModelInput.access"))
                .body("rejected.find { it.line == 5 }.reason", containsString("range"))
                .body("rejected.find { it.line == 6 }.reason", containsString("parameters_b: 'seventy' is not a number"));
        // The good first row was not written either: all or nothing.
        assertNoTestModels();
    }

    @Test
    void shouldReportADryRunWithoutWriting() {
        editor().contentType("text/csv").body(GOOD).when().post("/admin/import?format=csv&dryRun=true").then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("written", equalTo(false))
                .body("models.created", equalTo(2));
        assertNoTestModels();
    }

    /**
     * The one identity step ends a CSV upload too: a dated snapshot of a model is linked as its variant by the name
     * rules, as the same record from llm-stats would be (the GPT-4o 2024-08-06 case), and the report says so.
     */
    @Test
    void shouldLinkAnUploadedSnapshotAsAVariantOfItsModel() {
        String csv = """
                slug,name,lab,lab_name,architecture,access,released,parameters_b
                test-lab/import-model,Import Model,test-lab,Test Lab,dense,public,Oct/2026,70
                test-lab/import-model-2026-11-20,Import Model 2026-11-20,test-lab,Test Lab,dense,public,2026-11-20,70
                """;
        editor().contentType("text/csv").body(csv).when().post("/admin/import?format=csv").then().statusCode(200)
                .body("written", equalTo(true))
                .body("notes", org.hamcrest.Matchers.hasItem(containsString("variant: test-lab/import-model-2026-11-20 of test-lab/import-model")));
        given().contentType("application/json").body(java.util.Map.of("query",
                        "{ model(slug: \"test-lab/import-model-2026-11-20\") { variantOf { slug } } lab(slug: \"test-lab\") { modelCount } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("data.model.variantOf.slug", equalTo("test-lab/import-model"))
                .body("data.lab.modelCount", equalTo(1));
    }

    @Test
    void shouldFindTheBundledMarkdownSetUnchanged() throws IOException {
        byte[] zip;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bundled/aicomputing101-llm-leaderboard.zip")) {
            zip = in.readAllBytes();
        }
        editor().contentType("application/zip").body(zip).when().post("/admin/import?format=markdown&dryRun=true").then()
                .statusCode(200)
                .body("rejected", empty())
                .body("models.unchanged", equalTo(674))
                .body("models.created", equalTo(0))
                .body("scores.unchanged", equalTo(530))
                .body("notes[0]", containsString("about-this-sheet.md"));
    }

    /**
     * The upload writes a markdown set by the same rules as the bundled load: a lab page creates its lab (named as the
     * page titles it), and a model keeps its page's "Last Updated" date rather than the day of the import.
     */
    @Test
    void shouldImportAMarkdownSetWithItsLabPageAndItsPagesDate() {
        byte[] zip = TestData.llmStatsZip(java.util.Map.of(
                "labs/test-lab.md", "# Test Lab\n",
                "models/test-lab/md-1.md", """
                        # Markdown One

                        **Organization:** [Org Line](../../labs/test-lab.md)
                        **Released:** May/2024
                        **Access:** 🟢 Public
                        **Last Updated:** 2025-01-02

                        | Benchmark | Score |
                        |---|---|
                        | **GPQA** | 51.5 |
                        """));
        editor().contentType("application/zip").header("X-File-Name", "import-test.zip").body(zip)
                .when().post("/admin/import?format=markdown").then()
                .statusCode(200)
                .body("written", equalTo(true))
                .body("labs.created", equalTo(1))
                .body("models.created", equalTo(1))
                .body("scores.created", equalTo(1));
        given().contentType("application/json").body(java.util.Map.of("query", """
                { model(slug: "test-lab/md-1") { lastUpdated lab { name } gpqa: score(benchmark: "gpqa") } }"""))
                .when().post("/graphql").then().statusCode(200)
                .body("data.model.lastUpdated", equalTo("2025-01-02"))
                .body("data.model.lab.name", equalTo("Test Lab"))
                .body("data.model.gpqa", equalTo(51.5f));
    }

    @Test
    void shouldRefuseContentTypesThatAFormCanSend() {
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain")) {
            editor().contentType(type).body("slug=x").when().post("/admin/import?format=csv").then().statusCode(415);
        }
        editor().multiPart("file", "models.csv", GOOD.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/admin/import?format=csv").then().statusCode(415);
        assertNoTestModels();
    }

    @Test
    void shouldRefuseAnUnknownFormatOrAnUnreadableBody() {
        editor().contentType("text/csv").body(GOOD).when().post("/admin/import?format=xml").then().statusCode(400)
                .body("error", containsString("Unknown format 'xml'"));
        editor().contentType("application/zip").body("not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/admin/import?format=markdown").then().statusCode(400)
                .body("error", containsString("zip"));
        editor().contentType("text/csv").body("a,b\n1,2\n").when().post("/admin/import?format=csv").then().statusCode(400)
                .body("error", containsString("lacks the column 'slug'"));
    }

    // ---- llm-stats ----

    static final String LLM_MODEL = """
            {"model_id": "llm-1", "name": "LLM One", "organization_id": "test-lab", "license_id": "apache_2_0",
             "release_date": "2026-11-02", "multimodal": true, "param_count": 7000000000,
             "source_weights_link": "https://huggingface.co/test-lab/llm-1"}""";
    static final String LLM_SCORES = """
            [{"model_benchmark_id": 1, "benchmark_id": "gpqa", "model_id": "llm-1", "score": 0.512, "is_self_reported": true,
              "self_reported_source_link": "https://lab.test/llm-1", "verified_by_llmstats": false, "analysis_method": "0-shot",
              "created_at": "2026-11-02T00:00:00Z"}]""";

    @Test
    void shouldMergeAnLlmStatsZipAndReportWhatItCreated() throws IOException {
        byte[] body = TestData.llmStatsZip(java.util.Map.of(
                "data/organizations/test-lab/organization.json", "{\"organization_id\": \"test-lab\", \"name\": \"Test Lab\", \"website\": \"https://lab.test\"}",
                "data/organizations/test-lab/models/llm-1/model.json", LLM_MODEL,
                "data/organizations/test-lab/models/llm-1/benchmarks.json", LLM_SCORES));
        editor().contentType("application/zip").header("X-File-Name", "import-test-llm.zip").body(body)
                .when().post("/admin/import?format=llm-stats").then()
                .statusCode(200)
                .body("written", equalTo(true))
                .body("format", equalTo("llm-stats"))
                .body("merge.createdCount", equalTo(1))
                .body("merge.matchedCount", equalTo(0))
                .body("merge.undecidedCount", equalTo(0))
                .body("merge.created[0].slug", equalTo("test-lab/llm-1"))
                .body("merge.labsCreated", equalTo(1))
                .body("scores.created", equalTo(1));
        given().contentType("application/json").body(java.util.Map.of("query", """
                { model(slug: "test-lab/llm-1") { name parameters openWeights licence releasedOn multimodal
                    gpqa: score(benchmark: "gpqa") scores { setting selfReported sourceUrl } } }"""))
                .when().post("/graphql").then().statusCode(200)
                .body("data.model.name", equalTo("LLM One"))
                .body("data.model.parameters", equalTo(7.0f))
                .body("data.model.openWeights", equalTo(true))
                .body("data.model.releasedOn", equalTo("2026-11-02"))
                .body("data.model.multimodal", equalTo(true))
                .body("data.model.gpqa", equalTo(51.2f))
                .body("data.model.scores[0].setting", equalTo("0-shot"))
                .body("data.model.scores[0].selfReported", equalTo(true))
                .body("data.model.scores[0].sourceUrl", equalTo("https://lab.test/llm-1"));
    }

    @Test
    void shouldRejectAnLlmStatsZipWithABrokenFileAndWriteNothing() throws IOException {
        byte[] body = TestData.llmStatsZip(java.util.Map.of(
                "data/organizations/test-lab/models/llm-1/model.json", LLM_MODEL,
                "data/organizations/test-lab/models/llm-2/model.json", "{\"model_id\": \"llm-2\", \"name\": \"LLM Two\", \"organization_id\": \"test-lab\", \"release_date\": \"soon\"}"));
        editor().contentType("application/zip").body(body).when().post("/admin/import?format=llm-stats").then()
                .statusCode(422)
                .body("written", equalTo(false))
                .body("rejected", hasSize(1))
                .body("rejected[0].key", equalTo("data/organizations/test-lab/models/llm-2/model.json"))
                .body("rejected[0].reason", equalTo("`release_date` is not a date (yyyy-mm-dd): 'soon'"));
        assertNoTestModels();
        editor().contentType("application/zip").body(new byte[] { 1, 2, 3 }).when().post("/admin/import?format=llm-stats").then()
                .statusCode(400);
    }

    @Test
    void shouldFindTheBundledLlmStatsSetAgainInADryRun() throws IOException {
        byte[] zip;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bundled/llm-stats.zip")) {
            zip = in.readAllBytes();
        }
        editor().contentType("application/zip").body(zip).when().post("/admin/import?format=llm-stats&dryRun=true").then()
                .statusCode(200)
                .body("written", equalTo(false))
                .body("rejected", empty())
                .body("merge.matchedCount", equalTo(169))
                .body("merge.createdCount", equalTo(0))
                .body("merge.undecidedCount", equalTo(0))
                .body("merge.scoresUnchanged", equalTo(2224));
        given().contentType("application/zip").body(zip).when().post("/admin/import?format=llm-stats").then().statusCode(401);
    }
}

package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;
import org.llmleaderboard.service.DataVersion;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each upload's import is listed with its progress while it runs and with its counts afterwards: GraphQL's
 * {@code importJobs} and {@code importJob(id)}, and the page {@code /admin/imports}; editors only.
 */
@QuarkusTest
public class ImportJobsTest {

    static final String JOBS = """
            { importJobs { id format file phase progress models modelsDone rejected running summary error } }""";
    static final String JOB = """
            query($id: String!) { importJob(id: $id) { id phase progress models modelsDone running finishedAt summary } }""";

    @Inject
    EntityManager em;

    @Inject
    DataVersion dataVersion;

    @Inject
    ImportHold hold;

    @AfterEach
    @Transactional
    void removeTestData() {
        TestData.removeTestLab(em, dataVersion);
    }

    @Test
    void shouldShowAnImportWhileItRunsAndAfterwardsWithItsCounts() throws Exception {
        hold.reset();
        CompletableFuture<String> upload = CompletableFuture.supplyAsync(() -> AdminImportTest.editor().contentType("text/csv")
                .header("X-File-Name", ImportHold.FILE).body(AdminImportTest.GOOD).when().post("/admin/import?format=csv")
                .then().statusCode(200).extract().path("job"));
        try {
            assertTrue(hold.awaitReached(), "the import reached its links phase");
            graphql(JOBS, Map.of()).body("errors", nullValue())
                    .body("data.importJobs[0].file", equalTo(ImportHold.FILE))
                    .body("data.importJobs[0].format", equalTo("csv"))
                    .body("data.importJobs[0].phase", equalTo("LINKS"))
                    .body("data.importJobs[0].running", equalTo(true))
                    .body("data.importJobs[0].models", equalTo(2))
                    .body("data.importJobs[0].modelsDone", equalTo(2))
                    .body("data.importJobs[0].progress", containsString("2 of 2 models, "))
                    .body("data.importJobs[0].summary", nullValue());
            AdminImportTest.editor().when().get("/admin/imports").then().statusCode(200)
                    .body(containsString(ImportHold.FILE)).body(containsString("LINKS")).body(containsString("2 of 2 models"))
                    .body(containsString("hx-trigger=\"every 1s\""));
            // The poll's answer: the list alone, polling on while the import runs.
            AdminImportTest.editor().header("HX-Request", "true").when().get("/admin/imports").then().statusCode(200)
                    .body(containsString("id=\"import-jobs\"")).body(not(containsString("<html")))
                    .body(containsString("hx-trigger=\"every 1s\""));
        } finally {
            hold.release();
        }
        String id = upload.get(60, TimeUnit.SECONDS);
        graphql(JOB, Map.of("id", id)).body("errors", nullValue())
                .body("data.importJob.phase", equalTo("DONE"))
                .body("data.importJob.running", equalTo(false))
                .body("data.importJob.finishedAt", not(nullValue()))
                .body("data.importJob.progress", containsString("2 of 2 models"))
                .body("data.importJob.summary", containsString("models 2 created, 0 updated, 0 unchanged"));
        AdminImportTest.editor().header("HX-Request", "true").when().get("/admin/imports").then().statusCode(200)
                .body(containsString(id)).body(containsString("DONE")).body(not(containsString("hx-trigger")));
    }

    @Test
    void shouldTellARolledBackImportFromAWrittenOne() {
        String id = AdminImportTest.editor().contentType("text/csv").body(AdminImportTest.BAD).when().post("/admin/import?format=csv")
                .then().statusCode(422).extract().path("job");
        graphql(JOB, Map.of("id", id)).body("data.importJob.phase", equalTo("ROLLED_BACK"))
                .body("data.importJob.summary", containsString("rejected, nothing written"));
        graphql(JOB, Map.of("id", "import-0")).body("errors", nullValue()).body("data.importJob", nullValue());
    }

    @Test
    void shouldRefuseAnonymousUsers() {
        given().contentType(ContentType.JSON).body(Map.of("query", JOBS)).when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().redirects().follow(false).when().get("/admin/imports").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "reader", roles = "viewer")
    void shouldRefuseUsersWithoutTheEditorRole() {
        given().contentType(ContentType.JSON).body(Map.of("query", JOBS)).when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON).body(Map.of("query", JOB, "variables", Map.of("id", "import-1")))
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        given().when().get("/admin/imports").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return AdminImportTest.editor().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200);
    }
}

package org.llmleaderboard.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.FreshDatabase;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code /admin/imports} and GraphQL's {@code importJobs} in the packaged app: a dry run is listed with its progress
 * and outcome (nothing written); anonymous users are refused. The held, running import is {@link ImportJobsTest}'s.
 */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class ImportJobsIT {

    private static final String PASSWORD = "it-editor";

    @Test
    void shouldListADryRunWithItsProgressAndOutcome() {
        String id = given().auth().preemptive().basic("editor", PASSWORD).contentType("text/csv").header("X-File-Name", "it-dry.csv")
                .body(AdminImportTest.GOOD).when().post("/admin/import?format=csv&dryRun=true").then().statusCode(200)
                .extract().path("job");
        given().auth().preemptive().basic("editor", PASSWORD).when().get("/admin/imports").then().statusCode(200)
                .body(containsString(id)).body(containsString("it-dry.csv")).body(containsString("ROLLED_BACK"))
                .body(containsString("2 of 2 models")).body(containsString("dry run, nothing written"));
        given().auth().preemptive().basic("editor", PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("query", "{ importJobs { id phase modelsDone } }")).when().post("/graphql").then().statusCode(200)
                .body("data.importJobs[0].id", equalTo(id)).body("data.importJobs[0].phase", equalTo("ROLLED_BACK"))
                .body("data.importJobs[0].modelsDone", equalTo(2));
    }

    @Test
    void shouldRefuseAnonymousUsers() {
        given().redirects().follow(false).when().get("/admin/imports").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("query", "{ importJobs { id } }")).when().post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}

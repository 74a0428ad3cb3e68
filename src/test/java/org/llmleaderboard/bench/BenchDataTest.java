package org.llmleaderboard.bench;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Smoke test of the benchmark harness's data: {@code bench/generate.py} writes data sets that the app's
 * own import path accepts, row for row (a dry run: nothing is written to the shared test database).
 */
@QuarkusTest
public class BenchDataTest {

    @Test
    void generatedDataSetIsAcceptedByTheImport(@TempDir Path dir) throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        Process python;
        try {
            python = new ProcessBuilder("python3", "bench/generate.py", "--models", "300", "--chunk", "200", "--out", dir.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.assumeFalse(!ci, "python3 is not installed");
            throw e;
        }
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "the generator finished");
        String out = new String(python.getInputStream().readAllBytes());
        assertEquals(0, python.exitValue(), out);
        assertTrue(out.startsWith("300 models, 10 labs, 20 benchmarks"), out);
        try (var chunks = Files.list(dir)) {
            assertEquals(2, chunks.count(), "300 models in chunks of 200");
        }
        byte[] first = Files.readAllBytes(dir.resolve("chunk-0001.json"));
        given().auth().preemptive().basic("editor", "test-editor").contentType("application/json")
                .header("X-File-Name", "chunk-0001.json").body(first)
                .post("/admin/import?format=json&dryRun=true")
                .then().statusCode(200)
                .body("rejected", empty())
                .body("written", equalTo(false))
                .body("models.created", equalTo(200))
                // 14 of the generator's 16 extra benchmarks exist since the llm-stats merge (humaneval, gsm8k, ...):
                // only arc-challenge and arena-elo are new.
                .body("benchmarks.created", equalTo(2));
    }
}

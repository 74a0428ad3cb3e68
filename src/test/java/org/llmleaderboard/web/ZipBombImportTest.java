package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.llmleaderboard.web.AdminImportTest.editor;

/**
 * Zip bombs on {@code POST /admin/import}: a zip of more entries, or of more uncompressed bytes, than
 * {@code leaderboard.imports.*} allow (20,000 entries, 64 MB by default) is refused with 413 and {@code ZIP_TOO_LARGE}
 * before it is unpacked, for both zip formats, and nothing is written — not even the valid page it also holds.
 */
@QuarkusTest
public class ZipBombImportTest {

    /** A valid page of each format, so that a refusal that still wrote something would show. */
    private static final String MARKDOWN_PAGE = "models/test-lab/bomb-model.md";
    private static final String LLM_STATS_MODEL = "llm-leaderboard-main/data/organizations/test-lab/models/bomb-model/model.json";

    @ParameterizedTest
    @ValueSource(strings = { "markdown", "llm-stats" })
    void shouldRefuseAZipOfTooManyEntriesBeforeUnpackingIt(String format) throws IOException {
        byte[] zip = manyEntries(format, 20_001);
        editor().contentType("application/zip").body(zip).when().post("/admin/import?format=" + format).then()
                .statusCode(413)
                .body("code", equalTo("ZIP_TOO_LARGE"))
                .body("error", containsString((format.equals("markdown") ? "holds 20003 entries" : "holds 20002 entries") + "; at most 20000"));
        assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(strings = { "markdown", "llm-stats" })
    void shouldRefuseAZipThatUnpacksToTooManyBytes(String format) throws IOException {
        byte[] zip = oneHugeEntry(format, 65L * 1024 * 1024);
        org.junit.jupiter.api.Assertions.assertTrue(zip.length < 1024 * 1024, "a bomb: small on the wire, " + zip.length + " bytes");
        editor().contentType("application/zip").body(zip).when().post("/admin/import?format=" + format).then()
                .statusCode(413)
                .body("code", equalTo("ZIP_TOO_LARGE"))
                .body("error", containsString("at most 67108864 bytes"));
        assertNothingWritten();
    }

    @Test
    void shouldStillAcceptAZipWithinTheLimits() throws IOException {
        editor().contentType("application/zip").body(manyEntries("markdown", 100)).when()
                .post("/admin/import?format=markdown&dryRun=true").then()
                .statusCode(200)
                .body("rejected", org.hamcrest.Matchers.empty())
                .body("models.created", equalTo(1));
    }

    private static void assertNothingWritten() {
        given().when().get("/labs/test-lab").then().statusCode(404);
        given().when().get("/models/test-lab/bomb-model").then().statusCode(404);
    }

    /** A valid page first, then {@code count} empty files: tiny on the wire, each a central-directory entry. */
    public static byte[] manyEntries(String format, int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            writeValidPage(zip, format);
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("x/" + i));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A valid page, then one file of {@code size} spaces, which deflate to about a thousandth of that. */
    public static byte[] oneHugeEntry(String format, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            writeValidPage(zip, format);
            zip.putNextEntry(new ZipEntry(format.equals("markdown") ? "models/test-lab/huge.md" : "llm-leaderboard-main/data/benchmarks/huge.json"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < size; written += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void writeValidPage(ZipOutputStream zip, String format) throws IOException {
        boolean markdown = format.equals("markdown");
        if (markdown) {
            zip.putNextEntry(new ZipEntry("labs/test-lab.md"));
            zip.write("# Test Lab\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(markdown ? MARKDOWN_PAGE : LLM_STATS_MODEL));
        zip.write((markdown ? """
                # Bomb Model

                **Organization:** [Test Lab](../../labs/test-lab.md)
                **Released:** Nov/2026
                **Access:** 🟢 Public

                ### Model Architecture
                - **Type:** Dense
                - **Parameters:** 7B
                """ : """
                {"model_id": "bomb-model", "name": "Bomb Model", "organization_id": "test-lab", "release_date": "2026-11-02"}
                """).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;
import org.llmleaderboard.service.DataVersion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read fast path: rendered pages are kept per request shape and data version, gzipped once,
 * answered with an ETag and 304, and a write (here through the GraphQL API) makes the next read
 * render again.
 */
@QuarkusTest
public class PageCacheTest {

    @Inject
    EntityManager em;

    @Inject
    DataVersion dataVersion;

    @AfterEach
    @Transactional
    void removeTestData() {
        TestData.removeTestLab(em, dataVersion);
    }

    private static Response get(String path, String... headers) {
        var spec = given().urlEncodingEnabled(false).header("Accept-Encoding", "gzip");
        for (int i = 0; i < headers.length; i += 2) {
            spec = spec.header(headers[i], headers[i + 1]);
        }
        // Keep the raw body: REST Assured would otherwise decompress it.
        return spec.config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders())).get(path);
    }

    /** A client that does not ask for gzip (REST Assured otherwise asks for it and inflates it). */
    private static io.restassured.specification.RequestSpecification withoutGzip() {
        return given().config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void secondReadIsServedFromTheCacheWithTheSameGzippedBytes() throws IOException {
        String path = "/?sort=gpqa&dir=desc&cache-test=1";
        Response first = get(path);
        Response second = get(path);
        assertEquals(200, first.statusCode());
        assertEquals("gzip", first.header("Content-Encoding"));
        assertEquals("gzip", second.header("Content-Encoding"));
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertTrue(second.header("Vary").contains("HX-Request"), second.header("Vary"));
        assertEquals("no-cache", second.header("Cache-Control"));
        String html = gunzip(second.asByteArray());
        assertTrue(html.contains("GPT-5"), "the GPQA leaderboard names GPT-5");
        assertTrue(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>"), html.substring(0, 40));
    }

    @Test
    void fragmentsAndPagesOfOneUrlAreKeptApart() throws IOException {
        String path = "/?sort=mmlu&cache-test=2";
        String page = gunzip(get(path).asByteArray());
        String fragment = gunzip(get(path, "HX-Request", "true", "HX-Target", "results").asByteArray());
        String pageAgain = gunzip(get(path).asByteArray());
        assertTrue(page.contains("<html"), "full page");
        assertTrue(fragment.startsWith("<section id=\"results\""), fragment.substring(0, 60));
        assertEquals(page, pageAgain);
        assertNotEquals(page, fragment);
    }

    @Test
    void clientsWithoutGzipGetThePlainBody() {
        for (int i = 0; i < 2; i++) {
            Response r = withoutGzip().get("/labs");
            assertEquals(200, r.statusCode());
            assertNotEquals("gzip", r.header("Content-Encoding"));
            assertTrue(r.asString().contains("DeepSeek-AI"));
        }
    }

    @Test
    void matchingEtagGets304FromTheRendererAndFromTheCache() {
        String path = "/models/deepseek-ai/deepseek-r2";
        String etag = get(path).header("ETag");
        assertTrue(etag != null && etag.startsWith("\"") && etag.endsWith("-gz\""), etag);
        // The second and third requests are answered from the cache.
        for (int i = 0; i < 2; i++) {
            given().header("Accept-Encoding", "gzip").header("If-None-Match", etag).get(path).then()
                    .statusCode(304).header("ETag", etag);
        }
        given().header("Accept-Encoding", "gzip").header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
    }

    @Test
    void aWriteMakesTheNextReadRenderAgain() throws IOException {
        String path = "/labs";
        Response before = get(path);
        assertTrue(!gunzip(before.asByteArray()).contains("Test Lab"));
        long version = dataVersion.current();
        given().auth().preemptive().basic("editor", "test-editor").contentType("application/json")
                .body(Map.of("query", "mutation { upsertLab(input: {slug: \"test-lab\", name: \"Test Lab\"}) { slug } }"))
                .post("/graphql").then().statusCode(200).body("data.upsertLab.slug", equalTo("test-lab"));
        assertTrue(dataVersion.current() > version, "the write bumped the data version on this instance at once");
        Response after = get(path);
        assertTrue(gunzip(after.asByteArray()).contains("Test Lab"), "the cached /labs page was replaced");
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        // The client's old copy is no longer current.
        given().header("Accept-Encoding", "gzip").header("If-None-Match", before.header("ETag")).get(path).then().statusCode(200);
    }

    @Inject
    jakarta.transaction.UserTransaction tx;

    /** What another instance does on a write: its own rows, and the shared version row bumped in the same transaction. */
    private void writeLikeAnotherInstance() throws Exception {
        tx.begin();
        em.createNativeQuery("insert into lab (id, slug, name) values (-42, 'test-lab', 'Test Lab Elsewhere')").executeUpdate();
        em.createNativeQuery("update data_version set version = version + 1 where id = 1").executeUpdate();
        tx.commit();
    }

    @Test
    void writesOfOtherInstancesExpireThePagesWithinTheRefreshInterval() throws Exception {
        String path = "/labs?sort=name&dir=desc";
        assertTrue(!gunzip(get(path).asByteArray()).contains("Test Lab Elsewhere"));
        long before = dataVersion.current();
        writeLikeAnotherInstance();
        // The poller (leaderboard.cache.refresh-interval, 1 s) picks the new version up; wait for it, bounded.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (dataVersion.current() == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(dataVersion.current() > before, "the poller saw the other instance's write");
        assertTrue(gunzip(get(path).asByteArray()).contains("Test Lab Elsewhere"), "the cached page was rendered again");
    }

    @Test
    void exportsAnswer304WhileTheDataIsUnchanged() {
        // A kept export (the MoE view: fewer rows than leaderboard.cache.export-max-rows, 500 here) and a streamed one.
        for (String[] urls : new String[][] {{"/export.csv?arch=moe", "/export.csv?arch=dense"}, {"/export.csv", "/export.csv?sort=name"}}) {
            String etag = given().get(urls[0]).then().statusCode(200).extract().header("ETag");
            assertTrue(etag != null && etag.startsWith("\"") && etag.endsWith("\""), etag);
            given().header("If-None-Match", etag).get(urls[0]).then().statusCode(304);
            given().header("If-None-Match", etag).get(urls[1]).then().statusCode(200);
        }
    }

    @Test
    void aKeptExportIsTheSameGzippedOrInflatedForAClientWithoutGzip() throws IOException {
        String path = "/export.json?arch=moe&cache-test=6";
        Response gzipped = get(path);
        assertEquals("gzip", gzipped.header("Content-Encoding"));
        assertArrayEquals(gzipped.asByteArray(), get(path).asByteArray(), "the kept bytes");
        for (int i = 0; i < 2; i++) {
            Response plain = withoutGzip().get(path);
            assertEquals(200, plain.statusCode());
            assertNotEquals("gzip", plain.header("Content-Encoding"));
            assertEquals(gunzip(gzipped.asByteArray()), plain.asString());
            assertNotEquals(gzipped.header("ETag"), plain.header("ETag"));
            withoutGzip().header("If-None-Match", plain.header("ETag")).get(path).then().statusCode(304);
        }
        String csv = given().header("Accept-Encoding", "gzip").get("/export.csv?arch=moe&cache-test=6").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"leaderboard.csv\"").extract().asString();
        assertTrue(csv.startsWith("rank,slug,name,"), csv.substring(0, 40));
    }

    @Test
    void aWriteMakesTheNextExportReadAgain() {
        String path = "/export.csv?lab=test-lab&cache-test=7";
        editorWrites("mutation { upsertLab(input: {slug: \"test-lab\", name: \"Test Lab\"}) { slug } }");
        assertEquals(1, given().get(path).then().statusCode(200).extract().asString().split("\r\n").length, "the header only");
        editorWrites("mutation { upsertModel(input: {slug: \"test-lab/cache-export-test\", name: \"Cache Export Test\","
                + " lab: \"test-lab\", reason: \"cache test\"}) { slug } }");
        String after = given().get(path).then().statusCode(200).extract().asString();
        assertEquals(2, after.split("\r\n").length, after);
        assertTrue(after.contains(",test-lab/cache-export-test,Cache Export Test,"), after);
    }

    private static void editorWrites(String mutation) {
        given().auth().preemptive().basic("editor", "test-editor").contentType("application/json").body(Map.of("query", mutation))
                .post("/graphql").then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void fingerprintedAssetsAreCachedForAYear() {
        given().get("/webjars/htmx.org/2.0.8/dist/htmx.min.js").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=31536000"))
                .header("Cache-Control", containsString("immutable"));
    }

    @Test
    void theStylesheetIsLinkedWithItsFingerprint() {
        String html = given().get("/stats").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/css/app\\.css\\?v=([0-9a-f]{12})").matcher(html);
        assertTrue(m.find(), "the layout links the stylesheet with ?v=<hash>");
        given().get("/css/app.css?v=" + m.group(1)).then().statusCode(200).header("Cache-Control", containsString("immutable"));
        given().get("/css/app.css").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void acceptEncodingIsParsedWithQualities() {
        assertTrue(PageCache.acceptsGzip("gzip, deflate, br"));
        assertTrue(PageCache.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(PageCache.acceptsGzip("*"));
        assertTrue(!PageCache.acceptsGzip("gzip;q=0"));
        assertTrue(!PageCache.acceptsGzip("deflate, br"));
        assertTrue(!PageCache.acceptsGzip(null));
        assertTrue(PageCache.notModified("W/\"a\", \"b\"", "\"a\""));
        assertTrue(PageCache.notModified("*", "\"a\""));
        assertTrue(!PageCache.notModified("\"b\"", "\"a\""));
    }
}

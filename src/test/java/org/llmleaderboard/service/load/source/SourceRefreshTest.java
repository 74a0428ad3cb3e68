package org.llmleaderboard.service.load.source;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor re-imports one source from a newer checkout or a zip at a URL: the bundled LiveBench replaced by a
 * two-release checkout, aider from a zip served on 127.0.0.1, and refusals that write nothing. A database of its own:
 * a refresh rewrites a source's rows.
 */
@QuarkusTest
@TestProfile(SourceRefreshTest.OwnDatabase.class)
class SourceRefreshTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    public static class OwnDatabase extends AllSources {
        @Override
        protected String h2Name() {
            return "refresh";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("leaderboard.refresh.roots", FIXTURES.toString());
            return config;
        }
    }

    private static final String REFRESH = """
            mutation($source: String!, $url: String, $directory: String) {
              refreshSource(source: $source, url: $url, directory: $directory) { id source phase } }""";
    private static final String JOB = """
            query($id: String!) { refreshJob(id: $id) { id phase progress read error
              report { models { created updated unchanged removed } scores { created updated unchanged removed }
                       offerings { created } conflictCount notes } } }""";

    @Inject
    EntityManager em;

    private static ValidatableResponse graphql(boolean editor, String document, Map<String, Object> variables) {
        var request = editor ? given().auth().preemptive().basic("editor", "test-editor") : given();
        return request.contentType(ContentType.JSON).body(Map.of("query", document, "variables", variables)).when().post("/graphql")
                .then().statusCode(200);
    }

    private long scoresOf(String origin) {
        return ((Number) em.createNativeQuery("select count(*) from score where origin = :o").setParameter("o", origin)
                .getSingleResult()).longValue();
    }

    /** Polls the job until it is finished; a refresh of a fixture takes seconds, the bound only stops a broken one. */
    private static Map<String, Object> finished(String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Map<String, Object> job = graphql(true, JOB, Map.of("id", id)).body("errors", nullValue()).extract().path("data.refreshJob");
            if ("DONE".equals(job.get("phase")) || "FAILED".equals(job.get("phase"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("refresh " + id + " did not finish");
    }

    private static String start(String source, String url, String directory) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("source", source);
        variables.put("url", url);
        variables.put("directory", directory);
        return graphql(true, REFRESH, variables).body("errors", nullValue()).body("data.refreshSource.source", equalTo(source))
                .extract().path("data.refreshSource.id");
    }

    @Test
    void shouldRefuseARefreshWithoutAnEditor() {
        graphql(false, REFRESH, Map.of("source", "livebench", "directory", FIXTURES.resolve("livebench").toString()))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldRefuseAnUnknownSourceADirectoryOutsideTheRootsAndBothOrNeitherLocation() {
        graphql(true, REFRESH, Map.of("source", "lmarena", "directory", FIXTURES.toString()))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("livebench"));
        graphql(true, REFRESH, Map.of("source", "livebench", "directory", "/etc"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("leaderboard.refresh.roots"));
        graphql(true, REFRESH, Map.of("source", "livebench")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql(true, REFRESH, Map.of("source", "livebench", "url", "file:///etc/passwd"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("http"));
    }

    @Test
    void shouldReplaceLiveBenchWithACheckoutAndReportNewUpdatedUnchangedAndRemovedRows() throws InterruptedException {
        long before = scoresOf("livebench");
        Map<String, Object> job = finished(start("livebench", null, FIXTURES.resolve("livebench").toString()));
        assertEquals("DONE", job.get("phase"), () -> "job: " + job);
        Map<String, Object> scores = path(job, "report", "scores");
        long after = scoresOf("livebench");
        // The checkout holds 2 of the bundled 10 releases: the other 8 releases' scores are gone, the 2 are found again.
        assertTrue(((Number) scores.get("removed")).longValue() > 0, "removed: " + scores);
        assertTrue(((Number) scores.get("unchanged")).longValue() > 0, "unchanged: " + scores);
        assertEquals(before - ((Number) scores.get("removed")).longValue() + ((Number) scores.get("created")).longValue(), after);
        assertEquals(0, ((Number) path(job, "report", "models").get("created")).intValue(), "every model was known: " + job);
        // The refresh is the source's last import on /sources and in GraphQL's sources.
        graphql(false, "{ sources { id lastImport bundledAt } }", Map.of()).body("errors", nullValue())
                .body("data.sources.find { it.id == 'livebench' }.lastImport", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldWriteNothingWhenTheCheckoutIsNotTheSourcesLayout() throws InterruptedException {
        long before = scoresOf("aider");
        Map<String, Object> job = finished(start("aider", null, FIXTURES.resolve("helm").toString()));
        assertEquals("FAILED", job.get("phase"));
        assertTrue(String.valueOf(job.get("error")).length() > 10, "a reason: " + job);
        assertEquals(before, scoresOf("aider"));
    }

    @Test
    void shouldReimportAiderFromAZipAtAUrl() throws IOException, InterruptedException {
        byte[] zip = zip(FIXTURES.resolve("aider"), "aider-main/");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/aider.zip", exchange -> {
            exchange.sendResponseHeaders(200, zip.length);
            exchange.getResponseBody().write(zip);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/aider.zip";
            Map<String, Object> job = finished(start("aider", url, null));
            assertEquals("DONE", job.get("phase"), () -> "job: " + job);
            assertTrue(String.valueOf(job.get("read")).contains("scores"), "what it read: " + job);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldServeTheRefreshPageToEditorsAndStartOnlyFromHtmx() {
        given().auth().preemptive().basic("editor", "test-editor").when().get("/admin/sources").then().statusCode(200)
                .body(containsString("Refresh LiveBench")).body(containsString("hx-post=\"/admin/sources/livebench/refresh\""));
        given().when().get("/admin/sources").then().statusCode(401);
        given().auth().preemptive().basic("editor", "test-editor").formParam("directory", "/etc").when()
                .post("/admin/sources/livebench/refresh").then().statusCode(403);
        given().auth().preemptive().basic("editor", "test-editor").header("HX-Request", "true").formParam("directory", "/etc").when()
                .post("/admin/sources/livebench/refresh").then().statusCode(400).body(containsString("Not started"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> path(Map<String, Object> job, String... keys) {
        Map<String, Object> m = job;
        for (String k : keys) {
            m = (Map<String, Object>) m.get(k);
        }
        return m;
    }

    /** A checkout as GitHub zips it: every file under one top folder. */
    static byte[] zip(Path root, String top) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new ZipEntry(top + root.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

}

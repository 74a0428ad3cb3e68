package org.llmleaderboard.ops;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine runs here, so the images cannot be built in CI: this lints the container files for
 * the basics instead (multi-stage, non-root user, exposed port, health check, whitelist .dockerignore).
 */
class ContainerFilesTest {

    private static List<String> instructions(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Dockerfile", "src/main/docker/Dockerfile.native" })
    void shouldBuildInOneStageAndRunInAnother(String file) throws IOException {
        List<String> lines = instructions(file);
        long stages = lines.stream().filter(l -> l.startsWith("FROM ")).count();
        assertTrue(stages >= 2, file + ": multi-stage build, found " + stages + " FROM");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("COPY --from=build")), file + ": runtime copies the build stage's output");
        assertTrue(lines.stream().anyMatch(l -> l.contains("./mvnw") && l.contains("package")), file + ": builds with the Maven wrapper");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Dockerfile", "src/main/docker/Dockerfile.native" })
    void shouldRunAsNonRootWithPortAndHealthCheck(String file) throws IOException {
        List<String> lines = instructions(file);
        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
        assertFalse(users.isEmpty(), file + ": USER");
        String lastUser = users.get(users.size() - 1).substring(5).strip();
        assertFalse(lastUser.equals("root") || lastUser.equals("0") || lastUser.startsWith("0:"), file + ": runs as " + lastUser);
        assertTrue(lines.contains("EXPOSE 8080"), file + ": EXPOSE 8080");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("HEALTHCHECK") ), file + ": HEALTHCHECK");
        String all = String.join("\n", lines);
        assertTrue(all.contains("/q/health/ready"), file + ": the health check asks the readiness endpoint");
        // The runtime stage (after the last FROM) must not switch back to root at the end.
        int lastFrom = all.lastIndexOf("\nFROM ");
        assertTrue(all.indexOf("\nUSER ", lastFrom) > 0, file + ": USER in the runtime stage");
    }

    @Test
    void shouldKeepTheJvmImageDataInAVolume() throws IOException {
        List<String> lines = instructions("Dockerfile");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("VOLUME") && l.contains("/data")), "VOLUME /data");
        assertTrue(lines.stream().anyMatch(l -> l.contains("LEADERBOARD_DATA_DIR=/data")), "data directory is the volume");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ARG DB_KIND")), "database kind as a build argument");
        assertTrue(lines.stream().anyMatch(l -> l.contains("quarkus-run.jar")), "runs the packaged app");
    }

    @Test
    void shouldWhitelistTheDockerContext() throws IOException {
        List<String> lines = instructions(".dockerignore");
        assertEquals("*", lines.get(0), "ignore everything first");
        assertTrue(lines.containsAll(List.of("!mvnw", "!.mvn/", "!pom.xml", "!src/")), lines.toString());
    }

    @Test
    void shouldComposeTheAppWithPostgres() throws IOException {
        String compose = Files.readString(Path.of("compose.yaml"));
        assertTrue(Pattern.compile("(?m)^  db:\\n\\s+image: postgres").matcher(compose).find(), "a postgres service");
        assertTrue(compose.contains("QUARKUS_DATASOURCE_JDBC_URL: jdbc:postgresql://db:5432/leaderboard"), "app uses it");
        assertTrue(compose.contains("DB_KIND: postgresql"), "app image built for PostgreSQL");
        assertTrue(compose.contains("condition: service_healthy"), "app waits for the database");
    }

    @Test
    void shouldBuildNativeOnTheEmbeddedDatabaseByDefaultWithItsDataInAVolume() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int nativeProfile = pom.indexOf("<id>native</id>");
        assertTrue(nativeProfile > 0, "a native profile");
        int end = pom.indexOf("</profile>", nativeProfile);
        String profile = pom.substring(nativeProfile, end);
        assertTrue(profile.contains("<quarkus.native.enabled>true</quarkus.native.enabled>"));
        List<String> lines = instructions("src/main/docker/Dockerfile.native");
        // Verified natively on both databases (BENCHMARKS.md, "Native"): the default is the jar's, embedded H2.
        assertTrue(lines.contains("ARG DB_KIND=h2"), "native image defaults to embedded H2, like the jar");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("VOLUME") && l.contains("/work/data")), "VOLUME /work/data");
        assertTrue(lines.stream().anyMatch(l -> l.contains("LEADERBOARD_DATA_DIR=/work/data")), "data directory is the volume");
        assertTrue(lines.stream().anyMatch(l -> l.contains("-Dnative") && l.contains("-Dquarkus.datasource.db-kind=${DB_KIND}")));
    }
}

package org.llmleaderboard.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged app that the build made (jar, or the native executable after {@code -Dnative};
 * quarkus-artifact.properties says which) as a process of the test's own, for tests that must kill it, restart it
 * on the same data or read its log, which {@code @QuarkusIntegrationTest} does not allow.
 */
final class PackagedApp {

    private final Path log;
    private final String editorPassword;
    private Process process;
    private int port;

    PackagedApp(Path log, String editorPassword) {
        this.log = log;
        this.editorPassword = editorPassword;
    }

    int port() {
        return port;
    }

    /** Starts it with these settings (as system properties) and waits until it is ready. */
    void start(Map<String, String> settings) throws IOException, InterruptedException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Properties artifact = new Properties();
        try (var in = Files.newInputStream(Path.of("target/quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        String executable = Path.of("target").resolve(artifact.getProperty("path")).toAbsolutePath().toString();
        boolean nativeExecutable = "native".equals(artifact.getProperty("type"));
        List<String> command = new ArrayList<>();
        if (nativeExecutable) {
            command.add(executable);
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        }
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        if (!nativeExecutable) {
            command.addAll(List.of("-jar", executable));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LEADERBOARD_EDITOR_PASSWORD", editorPassword);
        process = builder.start();
        for (int i = 0; i < 1200; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ": see " + log);
            }
            try {
                if (given().port(port).when().get("/q/health/ready").then().extract().statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) { // RestAssured rethrows ConnectException unchecked-style
                // connection refused while it starts
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app was not ready within 120 s: see " + log);
    }

    /** SIGKILL: no shutdown hook, no pool close, no database close. */
    void killMinusNine() throws InterruptedException {
        process.destroyForcibly();
        assertEquals(137, process.waitFor(), "killed by SIGKILL");
        process = null;
    }

    /** SIGTERM, as a deployment stops it: the app shuts down and closes the database. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    /** Whatever is still running, killed (after a test, whatever it left). */
    void destroy() {
        if (process != null) {
            process.destroyForcibly();
            process = null;
        }
    }
}

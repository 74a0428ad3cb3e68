package org.llmleaderboard;

import jakarta.persistence.EntityManager;
import org.llmleaderboard.service.DataVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Tests that write keep their data under the lab {@code test-lab}, and remove it afterwards with this. */
public final class TestData {

    private TestData() {
    }

    /** Model pages of the bundled markdown set. */
    public static final int MARKDOWN_MODELS = 674;
    /**
     * llm-stats models (169) the merge matched to a markdown model: 57 by name, 2 snapshots and 7 checkpoints the
     * markdown page describes (Llama 3.3 70B Instruct is Llama 3.3) by the crosswalk.
     */
    public static final int LLM_STATS_MATCHED = 66;
    /** llm-stats models the merge created: variants and models the markdown set lacks. */
    public static final int LLM_STATS_CREATED = 103;
    /** Models after a fresh start: both sets merged, no duplicates. */
    public static final int MODELS = MARKDOWN_MODELS + LLM_STATS_CREATED;
    /** Variants (dated snapshots, instruct/base, previews) linked to their model by the crosswalk and the name rules. */
    public static final int VARIANTS = 39;
    /** Leaderboard rows: one per model, variants listed under their model (the count of "Showing 100 of 738 models"). */
    public static final int ROWS = MODELS - VARIANTS;

    /** Removes the test lab, its models and scores, a test benchmark and change-log entries of test keys. Needs a transaction. */
    public static void removeTestLab(EntityManager em, DataVersion dataVersion) {
        em.createQuery("delete from Score s where s.model.slug like 'test-lab/%'").executeUpdate();
        em.createQuery("delete from LanguageModel m where m.slug like 'test-lab/%'").executeUpdate();
        em.createQuery("delete from Lab l where l.slug = 'test-lab'").executeUpdate();
        em.createQuery("delete from Benchmark b where b.slug = 'test-bench'").executeUpdate();
        em.createQuery("delete from ChangeLogEntry c where c.entityKey like 'test-%' or c.entityKey like 'import-test%'").executeUpdate();
        // A write like any other: cached pages must not show the removed data.
        dataVersion.changed();
    }

    /**
     * An llm-stats upload: the given files (paths below the repository root, such as
     * {@code data/organizations/x/organization.json}) zipped under the folder GitHub's archive adds, in path order.
     */
    public static byte[] llmStatsZip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var f : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry("llm-leaderboard-main/" + f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A raw HTTP/1.1 POST to the app on 127.0.0.1 from another local address (any 127.x.y.z reaches the loopback
     * listener), so that the app sees another client; the whole answer, status line first.
     */
    public static String postFrom(String localAddress, int port, String path, String user, String password, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getByName("127.0.0.1"), port,
                java.net.InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.llmleaderboard.service.load;

import org.llmleaderboard.EmptyDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.DatasetJson;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * New models are inserted in JDBC batches ({@code PendingModels}, {@code BulkWrites.insert}) instead of one by one
 * through the writers: the same rows, the same report, fewer statements, and still all or nothing. On a database of
 * its own, without the bundled data.
 */
@QuarkusTest
@TestProfile(BulkImportTest.EmptyDatabase.class)
class BulkImportTest {

    public static class EmptyDatabase extends EmptyDatabaseProfile {
        public EmptyDatabase() {
            super("bulk-import");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Inject
    BatchWriter writer;

    @BeforeEach
    @AfterEach
    @Transactional
    void emptyTheDatabase() {
        writer.useBulkInserts(true);
        for (String table : List.of("change_log", "score", "model_tag", "model_alias", "lab_alias", "model_fact", "language_model", "lab")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        em.createNativeQuery("delete from benchmark where slug like 'bulk-%'").executeUpdate();
    }

    @Test
    void shouldWriteTheSameRowsAndReportThroughBatchInsertsAsThroughTheWriters() throws IOException {
        byte[] markdown;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bundled/aicomputing101-llm-leaderboard.zip")) {
            markdown = in.readAllBytes();
        }
        // 400 models: the per-row path is slow (a test request times out after 30 s on a busy machine).
        String dataset = dataset(400, true);
        List<Object> reports = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (boolean bulk : new boolean[] { false, true }) {
            emptyTheDatabase();
            writer.useBulkInserts(bulk);
            reports.add(report(post("markdown", "application/zip", markdown).statusCode(200)));
            reports.add(report(post("json", "application/json", dataset).statusCode(200)));
            // The same file again: every model exists now, and goes through the writers' find-and-update path.
            reports.add(report(post("json", "application/json", dataset).statusCode(200)));
            rows.add(dump());
        }
        assertEquals(reports.subList(0, 3), reports.subList(3, 6));
        assertTrue(rows.get(0).contains("bulk-lab-1/model-1|Model 1 Instruct"), "the synthetic models were written");
        assertEquals(rows.get(0), rows.get(1));
    }

    @Test
    void shouldCountTheSameOutcomesAsBefore() {
        post("json", "application/json", dataset(1_234, true)).statusCode(200)
                .body("rejected", empty())
                // model-0 twice in the file: created, then updated (its parameters changed)
                .body("models.created", equalTo(1_236)).body("models.updated", equalTo(1)).body("models.unchanged", equalTo(0))
                // three scores a model, one of them sent twice (updated); model-0's again: the 41 sent as 40 (updated),
                // then 41 again (updated), the others unchanged
                .body("scores.created", equalTo(3 * 1_234)).body("scores.updated", equalTo(1_234 + 2))
                .body("scores.unchanged", equalTo(2))
                // 13 labs and Google DeepMind (for google, crosswalked)
                .body("labs.created", equalTo(14)).body("benchmarks.created", equalTo(1));
    }

    @Test
    void shouldInsertNewModelsInAFewStatementsPerBatch() {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        post("json", "application/json", dataset(50, false)).statusCode(200); // the benchmark exists from here on
        statistics.clear();
        post("json", "application/json", dataset(2_500, false).replace("model-", "more-")).statusCode(200)
                .body("models.created", equalTo(2_500));
        long bulk = statistics.getPrepareStatementCount();
        emptyTheDatabase();
        post("json", "application/json", dataset(50, false)).statusCode(200);
        writer.useBulkInserts(false);
        statistics.clear();
        // A tenth of the models: the per-row path is slow.
        post("json", "application/json", dataset(250, false).replace("model-", "more-")).statusCode(200);
        long perRow = statistics.getPrepareStatementCount();
        System.out.println("statements: 2,500 new models batched " + bulk + ", 250 per row " + perRow);
        // Per row: a model look-up, a lab look-up, a flush; per score a model, a benchmark and a score look-up and a flush.
        assertTrue(perRow > 10 * 250, "per row: " + perRow);
        // Batched: 3 inserts per 1,000 models, a sequence call per 50 ids, the labs and benchmarks once; the rest is
        // the import's fixed look-ups, the capability scores and the identity step.
        assertTrue(bulk < perRow / 10, "2,500 batched: " + bulk + ", 250 per row: " + perRow);
    }

    @Test
    void shouldWriteNothingWhenARowAfterAFullBatchIsRejected() {
        int n = PendingModels.BATCH + 300;
        String broken = dataset(n, false).replace("\"name\":\"Model 1200 Instruct\"", "\"name\":\"\"");
        post("json", "application/json", broken).statusCode(422)
                .body("written", equalTo(false))
                .body("rejected[0].key", equalTo(slug(1200, n)))
                .body("models.created", equalTo(PendingModels.BATCH + 299));
        assertEquals(0L, count("language_model"), "the batch inserted before the rejection was rolled back");
        assertEquals(0L, count("score"));
        assertEquals(0L, count("change_log"));
    }

    @Test
    void shouldWriteNothingInADryRun() {
        post("json", "application/json", dataset(PendingModels.BATCH + 10, false), "&dryRun=true").statusCode(200)
                .body("written", equalTo(false)).body("models.created", equalTo(PendingModels.BATCH + 10));
        assertEquals(0L, count("language_model"));
        assertEquals(0L, count("model_tag"));
    }

    @Test
    void shouldWriteNothingWhenTheWriteFailsAfterTheBatchInserts() {
        // A variant of a variant is refused after every model of the file is inserted (the links come last).
        int n = PendingModels.BATCH + 5;
        String dataset = dataset(n, false)
                .replace("\"slug\":\"" + slug(1001, n) + "\",", "\"slug\":\"" + slug(1001, n) + "\",\"variantOf\":\"" + slug(1000, n) + "\",")
                .replace("\"slug\":\"" + slug(1000, n) + "\",", "\"slug\":\"" + slug(1000, n) + "\",\"variantOf\":\"" + slug(0, n) + "\",");
        post("json", "application/json", dataset).statusCode(422)
                .body("rejected[0].key", equalTo(slug(1001, n)));
        assertEquals(0L, count("language_model"));
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    private static ValidatableResponse post(String format, String type, Object body) {
        return post(format, type, body, "");
    }

    private static ValidatableResponse post(String format, String type, Object body, String query) {
        var request = given().auth().preemptive().basic("editor", "test-editor").contentType(type).header("X-File-Name", "bulk." + format);
        request = body instanceof byte[] bytes ? request.body(bytes) : request.body(body.toString());
        return request.when().post("/admin/import?format=" + format + query).then();
    }

    /** The report without its job id, which differs from import to import. */
    private static Object report(ValidatableResponse response) {
        Map<String, Object> report = new HashMap<>(response.extract().jsonPath().getMap("$"));
        assertTrue(report.remove("job").toString().startsWith("import-"));
        return report;
    }

    /** Every row an import writes, ids replaced by slugs, in a stable order. */
    @Transactional
    String dump() {
        StringBuilder out = new StringBuilder();
        for (String sql : List.of(
                "select m.slug, m.name, l.slug, m.headline_tags, m.released, m.release_date, m.release_precision, m.access,"
                        + " m.architecture, m.parameters, m.active_parameters, m.training_tokens, m.dataset_type, m.notes,"
                        + " m.playground_url, m.paper_url, m.last_updated, m.alscore_key, m.ratio_key, m.search_text, m.version,"
                        + " m.capability_score, m.capability_coverage, m.capability_key, v.slug, m.variant_rule, m.description,"
                        + " m.origin from language_model m join lab l on l.id = m.lab_id"
                        + " left join language_model v on v.id = m.variant_of_id order by m.slug",
                "select m.slug, t.position, t.tag from model_tag t join language_model m on m.id = t.model_id order by 1, 2",
                "select m.slug, b.slug, s.score_value, s.setting, s.shots, s.cot, s.pass_at_k, s.harness, s.subset, s.setting_key,"
                        + " s.self_reported, s.source_url, s.source_citation, s.score_date, s.headline, s.origin from score s"
                        + " join language_model m on m.id = s.model_id join benchmark b on b.id = s.benchmark_id"
                        + " order by 1, 2, 4, 12, 13",
                "select slug, name, website, country from lab order by slug",
                "select slug, name, unit, higher_is_better from benchmark order by slug",
                "select a.alias, m.slug, a.origin from model_alias a join language_model m on m.id = a.model_id order by 1",
                "select a.alias, l.slug, a.origin from lab_alias a join lab l on l.id = a.lab_id order by 1")) {
            for (Object row : em.createNativeQuery(sql).getResultList()) {
                Object[] cells = row instanceof Object[] a ? a : new Object[] { row };
                out.append(String.join("|", java.util.Arrays.stream(cells).map(String::valueOf).toList())).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * {@code n} models in {@code n / 100 + 1} labs (and Google's, crosswalked to Google DeepMind), each with tags and three
     * scores, the second one sent twice (the second time updating it); with {@code tricky}, model-0 again at the end
     * with other parameters, and a variant.
     */
    static String dataset(int n, boolean tricky) {
        StringBuilder s = new StringBuilder("{\"format\":\"" + DatasetJson.FORMAT + "\",\"labs\":[");
        int labs = n / 100 + 1;
        for (int i = 0; i < labs; i++) {
            s.append(i == 0 ? "" : ",").append("{\"slug\":\"bulk-lab-%d\",\"name\":\"Bulk Lab %d\",\"website\":\"https://lab%d.test\",\"country\":\"USA\"}"
                    .formatted(i, i, i));
        }
        s.append(",{\"slug\":\"google\",\"name\":\"Google\"}],\"benchmarks\":[{\"slug\":\"bulk-bench\",\"name\":\"Bulk Bench\","
                + "\"description\":\"A test benchmark\",\"unit\":\"%\",\"higherIsBetter\":true}],\"models\":[");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append(model(i, "bulk-lab-" + (i % labs), 7 + i % 90));
        }
        if (tricky) {
            s.append(",").append(model(0, "bulk-lab-0", 8));
            s.append(",{\"slug\":\"google/bulk-palm\",\"name\":\"Bulk PaLM\",\"lab\":\"google\",\"access\":\"Private\",\"released\":\"2023\"}");
            s.append(",{\"slug\":\"bulk-lab-1/model-1-2026-01-02\",\"name\":\"Model 1 Instruct 2026-01-02\",\"lab\":\"bulk-lab-1\","
                    + "\"access\":\"Public\",\"released\":\"2026-01-02\",\"variantOf\":\"bulk-lab-1/model-1\"}");
        }
        return s.append("]}").toString();
    }

    /** The slug of model {@code i} of {@code dataset(n, ...)}. */
    static String slug(int i, int n) {
        return "bulk-lab-" + (i % (n / 100 + 1)) + "/model-" + i;
    }

    private static String model(int i, String lab, double parameters) {
        String slug = lab + "/model-" + i;
        return ("{\"slug\":\"%s\",\"name\":\"Model %d Instruct\",\"lab\":\"%s\",\"headlineTags\":[\"Open\"],\"released\":\"%s\","
                + "\"access\":\"%s\",\"architecture\":\"%s\",\"parameters\":%s,\"trainingTokens\":%s,\"tags\":[\"Chat\",\"Tag %d\"],"
                + "\"notes\":\"Note %d\",\"lastUpdated\":\"2026-01-0%d\",\"scores\":["
                + "{\"benchmark\":\"mmlu\",\"value\":%d.5,\"setting\":\"5-shot\",\"sourceUrl\":\"https://src.test/%d\",\"date\":\"2025-03-04\",\"headline\":false},"
                + "{\"benchmark\":\"bulk-bench\",\"value\":40,\"setting\":\"0-shot CoT\",\"source\":\"paper %d\",\"headline\":false,\"selfReported\":true},"
                + "{\"benchmark\":\"mmlu\",\"value\":%d.25,\"setting\":\"0-shot\",\"sourceUrl\":\"https://src.test/%d\",\"headline\":true},"
                + "{\"benchmark\":\"bulk-bench\",\"value\":41,\"setting\":\"0-shot CoT\",\"source\":\"paper %d\",\"headline\":false,\"selfReported\":true}]}")
                .formatted(slug, i, lab, i % 3 == 0 ? "May/2024" : "2025-0" + (1 + i % 9) + "-1" + i % 10, i % 4 == 0 ? "Private" : "Public",
                        i % 5 == 0 ? "MoE" : "Dense", parameters, i % 7 == 0 ? "null" : String.valueOf(parameters * 20), i, i,
                        1 + i % 9, 40 + i % 50, i, i, 30 + i % 50, i, i);
    }
}

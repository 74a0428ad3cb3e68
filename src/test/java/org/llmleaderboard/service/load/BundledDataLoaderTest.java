package org.llmleaderboard.service.load;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.TestTransaction;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.markdown.MarkdownLeaderboardReader;

import java.io.InputStream;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The bundled data is loaded once, at first start, and never again over existing data. */
@QuarkusTest
class BundledDataLoaderTest {

    @Inject
    BundledSetService importer;

    @Inject
    EntityManager em;

    @Test
    void shouldHaveLoadedTheBundledDataOnceAtStart() {
        Number loads = (Number) em.createNativeQuery("select count(*) from data_load where name = :name")
                .setParameter("name", BundledDataLoader.DATA_SET).getSingleResult();
        assertEquals(1, loads.intValue());
        String summary = (String) em.createNativeQuery("select summary from data_load where name = :name")
                .setParameter("name", BundledDataLoader.DATA_SET).getSingleResult();
        assertEquals("674 model pages, 174 lab pages, 1 skipped, 0 warnings", summary);
    }

    @Test
    void shouldNotLoadTheSameDataSetTwice() throws Exception {
        ImportBatch contents;
        try (InputStream zip = getClass().getClassLoader().getResourceAsStream("bundled/aicomputing101-llm-leaderboard.zip")) {
            contents = MarkdownLeaderboardReader.readZip(zip).toBatch();
        }
        assertNull(importer.loadOnce(BundledDataLoader.DATA_SET, contents));
        assertEquals((long) TestData.MODELS, modelCount());
    }

    @Test
    @TestTransaction
    void shouldNotOverwriteExistingModelsWhenASetIsLoadedAgain() {
        String page = """
                # DeepSeek-R2 (stale copy)

                **Organization:** [DeepSeek-AI](../../labs/deepseek-ai.md)
                **Released:** TBA
                **Access:** 🟢 Public
                - **Parameters:** 1.0B
                """;
        ImportBatch contents = MarkdownLeaderboardReader.read(Map.of("models/deepseek-ai/deepseek-r2.md", page)).toBatch();
        BundledSetService.LoadSummary result = importer.load(contents);
        assertEquals(0, result.models());
        String name = em.createQuery("select m.name from LanguageModel m where m.slug = 'deepseek-ai/deepseek-r2'", String.class)
                .getSingleResult();
        assertEquals("DeepSeek-R2", name);
        assertEquals((long) TestData.MODELS, modelCount());
    }

    /** Two instances starting together on one database: exactly one of them loads the data set. */
    @Test
    void shouldLetOnlyOneOfTwoConcurrentLoadsClaimADataSet() throws Exception {
        ImportBatch empty = MarkdownLeaderboardReader.read(Map.of()).toBatch();
        String name = "concurrency-check-" + System.nanoTime();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Callable<String> load = () -> {
            start.await();
            try {
                return importer.loadOnce(name, empty) == null ? "skipped" : "loaded";
            } catch (RuntimeException e) {
                return BundledDataLoader.isDuplicateKey(e) ? "refused" : "error: " + e;
            }
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(load);
            var b = pool.submit(load);
            java.util.List<String> outcomes = java.util.List.of(a.get(60, java.util.concurrent.TimeUnit.SECONDS),
                    b.get(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(1, outcomes.stream().filter("loaded"::equals).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter(o -> o.equals("skipped") || o.equals("refused")).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
            removeClaim(name);
        }
    }

    @jakarta.transaction.Transactional
    void removeClaim(String name) {
        em.createNativeQuery("delete from data_load where name = :name").setParameter("name", name).executeUpdate();
    }

    private long modelCount() {
        return em.createQuery("select count(m) from LanguageModel m", Long.class).getSingleResult();
    }
}

package org.llmleaderboard.service;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.TestData;
import org.llmleaderboard.service.load.BundledDataLoader;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsOverrides;
import org.llmleaderboard.importer.llmstats.LlmStatsReader;
import org.llmleaderboard.service.load.LlmStatsImportService;
import org.llmleaderboard.service.load.llmstats.MergeReport;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fresh start holds both sets merged: more models than the markdown set, no duplicates, sourced scores. */
@QuarkusTest
class LlmStatsMergeTest {

    @Inject
    EntityManager em;

    @Inject
    LlmStatsImportService merger;

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    @Test
    void shouldHoldMoreModelsThanTheMarkdownSetAfterAFreshStart() {
        assertEquals(777, TestData.MODELS, "674 markdown pages and 103 llm-stats models the markdown set lacks");
        assertEquals((long) TestData.MODELS, count("select count(m) from LanguageModel m"));
        assertEquals((long) TestData.LLM_STATS_CREATED, count("select count(m) from LanguageModel m where m.origin = 'llm-stats'"));
        String summary = (String) em.createNativeQuery("select summary from data_load where name = :n")
                .setParameter("n", BundledDataLoader.LLM_STATS_DATA_SET).getSingleResult();
        assertEquals("17 organizations, 169 models, 342 benchmarks, 2224 scores, 24 licences, 20 providers, 244 offerings, 0 problems", summary);
    }

    @Test
    void shouldNotDuplicateModelsPresentInBothSources() {
        // Every llm-stats model is one model, found by its llm-stats path; no two llm-stats models share one.
        assertEquals(169L, count("select count(a) from ModelAlias a where a.origin = 'llm-stats' and a.alias like '%/%'"));
        assertEquals(169L, count("select count(distinct a.model) from ModelAlias a where a.origin = 'llm-stats' and a.alias like '%/%'"));
        // No lab holds two models of the same name.
        List<Object[]> twins = em.createQuery("""
                select m.lab.slug, lower(m.name), count(m) from LanguageModel m group by m.lab.slug, lower(m.name) having count(m) > 1""",
                Object[].class).getResultList();
        assertEquals(List.of(), twins.stream().map(r -> (String) r[1]).sorted().toList(),
                "the crosswalk matches Claude 3.5 Sonnet 20241022 and names the GPT-4o snapshot by its date");
        LanguageModel r1 = model("deepseek-ai/deepseek-r1-0528");
        assertNull(r1.origin, "matched to the markdown page, not created");
        assertEquals(java.time.LocalDate.of(2025, 5, 28), r1.releasedOn);
        assertEquals("mit", r1.licenceId);
        assertEquals(Boolean.TRUE, r1.openWeights);
        assertEquals("deepseek-ai/deepseek-r1", r1.fineTunedFrom.slug);
    }

    @Test
    void shouldKeepVariantsAsModelsLinkedToTheirFamily() {
        LanguageModel gemma = model("google-deepmind/gemma-3-12b-it");
        assertEquals("Gemma 3 12B", gemma.name);
        assertEquals("google-deepmind/gemma-3", gemma.family.slug);
        assertEquals("google-deepmind", gemma.lab.slug);
        LanguageModel august = model("openai/gpt-4o-2024-08-06");
        assertEquals("openai/gpt-4o", august.family.slug);
        assertEquals("openai/gpt-4o", august.variantOf.slug, "and a variant of GPT-4o (the crosswalk)");
        assertEquals(Boolean.FALSE, august.openWeights, "proprietary");
    }

    @Test
    void shouldHoldTheIssuesBenchmarksWithSourcedScores() {
        for (String slug : List.of("mmlu-pro", "gpqa", "humaneval", "swe-bench-verified", "aime-2025")) {
            long sourced = count("select count(s) from Score s where s.benchmark.slug = '" + slug + "' and s.sourceUrl is not null and s.origin = 'llm-stats'");
            assertTrue(sourced > 10, slug + " has " + sourced + " sourced llm-stats scores");
        }
        assertEquals(36L, count("select count(s) from Score s where s.benchmark.slug = 'swe-bench-verified'"));
    }

    @Test
    void shouldKeepScoresInTheBenchmarksUnit() {
        // Fractions of max_score 1.0 become percent; cfeval ratings keep their scale.
        Score gpqa = em.createQuery("select s from Score s where s.model.slug = 'deepseek-ai/deepseek-r1-0528' and s.benchmark.slug = 'gpqa' and s.origin = 'llm-stats'",
                Score.class).getSingleResult();
        assertEquals(81.0, gpqa.scoreValue, 1e-9);
        assertEquals("Pass@1, Thinking mode", gpqa.setting);
        assertEquals(Boolean.TRUE, gpqa.selfReported);
        assertEquals("https://huggingface.co/deepseek-ai/DeepSeek-V3.1", gpqa.sourceUrl);
        assertEquals("points", em.createQuery("select b.unit from Benchmark b where b.slug = 'cfeval'", String.class).getSingleResult());
        assertEquals(10000.0, em.createQuery("select b.maxScore from Benchmark b where b.slug = 'cfeval'", Double.class).getSingleResult());
        assertEquals("%", em.createQuery("select b.unit from Benchmark b where b.slug = 'mbpp'", String.class).getSingleResult());
    }

    @Test
    void shouldPickOneHeadlinePerModelAndBenchmarkByTheDocumentedRule() {
        assertEquals(0L, count("""
                select count(*) from Score s where s.headline = true and exists (select 1 from Score o where o.model = s.model
                and o.benchmark = s.benchmark and o.headline = true and o.id <> s.id)"""));
        assertEquals(0L, count("""
                select count(distinct s.model.id) from Score s where not exists (select 1 from Score o where o.model = s.model
                and o.benchmark = s.benchmark and o.headline = true)"""));
        // DeepSeek-R1 on GPQA: the markdown set's compiled figure (provenance unknown) over llm-stats' self-reported one.
        Score headline = em.createQuery("select s from Score s where s.model.slug = 'deepseek-ai/deepseek-r1' and s.benchmark.slug = 'gpqa' and s.headline = true",
                Score.class).getSingleResult();
        assertNull(headline.origin == null ? null : headline.selfReported);
        // Several scores with the same setting are all kept.
        assertEquals(2L, count("""
                select count(s) from Score s where s.model.slug = 'mistral/mistral-small-32-24b-instruct-2506'
                and s.benchmark.slug = 'gpqa' and s.setting = '5-shot CoT'"""));
    }

    @Test
    void shouldKeepAliasesForOldIdsAndNames() {
        assertEquals("hle", em.createQuery("select a.benchmark.slug from BenchmarkAlias a where a.alias = :a", String.class)
                .setParameter("a", "humanity's-last-exam").getSingleResult());
        assertEquals("deepseek-ai", em.createQuery("select a.lab.slug from LabAlias a where a.alias = 'deepseek'", String.class).getSingleResult());
        assertEquals("humaneval-plus-2", em.createQuery("select a.benchmark.slug from BenchmarkAlias a where a.alias = 'humaneval+'", String.class)
                .getSingleResult());
        assertEquals("openai/gpt-4o", em.createQuery("select a.model.slug from ModelAlias a where a.alias = 'openai/gpt-4o-2024-05-13'", String.class)
                .getSingleResult());
    }

    @Test
    void shouldImportProvidersOfferingsWithPricesInDollars() {
        assertEquals(20L, count("select count(p) from Provider p"));
        assertEquals(244L, count("select count(o) from ProviderOffering o"));
        Double input = em.createQuery("""
                select o.inputPrice from ProviderOffering o where o.provider.slug = 'deepinfra' and o.model.slug = 'deepseek-ai/deepseek-r1'""",
                Double.class).getSingleResult();
        assertEquals(0.85, input, 1e-9);
    }

    @Test
    @TestTransaction
    void shouldChangeNothingWhenTheSameSetIsMergedAgain() throws Exception {
        LlmStats.Contents contents;
        try (InputStream zip = getClass().getClassLoader().getResourceAsStream("bundled/llm-stats.zip")) {
            contents = LlmStatsReader.readZip(zip);
        }
        MergeReport again = merger.merge(contents, LlmStatsOverrides.bundled());
        assertEquals(169, again.matchedCount(), "every model found again by its alias");
        assertTrue(again.notes().contains("identity: 0 variants linked, " + count("select count(r) from UnresolvedRecord r where r.source = 'name rule'")
                + " models on the review list"), "nothing more to link: " + again.notes());
        assertEquals(0, again.createdCount());
        assertEquals(0, again.undecidedCount());
        assertEquals(0, again.scoresCreated());
        assertEquals(2224, again.scoresUnchanged());
        assertEquals((long) TestData.MODELS, count("select count(m) from LanguageModel m"));
    }

    private LanguageModel model(String slug) {
        LanguageModel m = em.createQuery("select m from LanguageModel m where m.slug = :s", LanguageModel.class).setParameter("s", slug)
                .getSingleResult();
        assertNotNull(m);
        assertFalse(m.name.isBlank());
        return m;
    }
}

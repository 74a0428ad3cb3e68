package org.llmleaderboard.service.load.llmstats;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.importer.llmstats.LlmStats;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Step 4 on tiny inputs, over the bundled data; each test rolls back. */
@QuarkusTest
class ScoreStepTest {

    @Inject
    ScoreStep step;

    @Inject
    ExistingReader reader;

    @Inject
    EntityManager em;

    @Inject
    HeadlineStep headlines;

    @Inject
    SessionFactory sessionFactory;

    private ScoreStep.Scores run(Existing existing, LlmStats.Score... scores) {
        LlmStats.Model src = Tiny.model("deepseek", "tiny-r1", "Tiny R1", List.of(scores));
        BenchmarkScales scales = new BenchmarkScales(List.of(src));
        scales.bind(Tiny.benchmark("gpqa", null, 1.0), existing.benchmarks.get("gpqa"));
        LanguageModel r1 = existing.models.get("deepseek-ai/deepseek-r1");
        ScoreStep.Scores result = step.run(Tiny.contents(List.of(), List.of(), List.of(src)), Map.of("tiny-r1", r1), scales, existing);
        // As the merge does: the headline step decides on the new scores and persists them.
        headlines.apply(result.touchedModels(), result.createdScores());
        return result;
    }

    @Test
    @TestTransaction
    void shouldWriteScoresInTheirBenchmarksUnitAndRejectWhatItCannotPlace() {
        Existing existing = reader.read();
        ScoreStep.Scores scores = run(existing, Tiny.score("tiny-s1", "gpqa", "tiny-r1", 0.5), Tiny.score("tiny-s2", "gpqa", "tiny-r1", 1.5),
                Tiny.score("tiny-s3", "no-such-bench", "tiny-r1", 0.3));
        assertEquals(1, scores.created());
        assertEquals(2, scores.rejected());
        assertEquals(List.of("tiny-r1: score tiny-s2 on gpqa (150.0) is outside 0.0–100.0; not imported",
                "tiny-r1: score tiny-s3 on unknown benchmark no-such-bench not imported"), scores.notes());
        assertEquals(Set.of(existing.models.get("deepseek-ai/deepseek-r1").id), scores.touchedModels());
        Score s = em.createQuery("select s from Score s where s.externalId = 'tiny-r1#tiny-s1#gpqa'", Score.class).getSingleResult();
        assertEquals(50.0, s.scoreValue, 1e-9);
        assertEquals("0-shot", s.setting);
        assertEquals(LlmStatsSource.SOURCE_CITATION, s.sourceCitation);
    }

    @Test
    @TestTransaction
    void shouldFindItsScoresAgainAndCountThemUnchangedOrUpdated() {
        run(reader.read(), Tiny.score("tiny-s1", "gpqa", "tiny-r1", 0.5), Tiny.score("tiny-s2", "gpqa", "tiny-r1", 0.6));
        ScoreStep.Scores again = run(reader.read(), Tiny.score("tiny-s1", "gpqa", "tiny-r1", 0.5), Tiny.score("tiny-s2", "gpqa", "tiny-r1", 0.7));
        assertEquals(0, again.created());
        assertEquals(1, again.unchanged());
        assertEquals(1, again.updated());
        assertEquals(70.0, em.createQuery("select s.scoreValue from Score s where s.externalId = 'tiny-r1#tiny-s2#gpqa'", Double.class)
                .getSingleResult(), 1e-9);
    }

    /** A new score is inserted with its headline flag decided: one insert, not an insert and then an update. */
    @Test
    @TestTransaction
    void shouldInsertNewScoresWithTheirHeadlineFlagAndUpdateNone() {
        Existing existing = reader.read();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        ScoreStep.Scores scores = run(existing, Tiny.score("tiny-s1", "gpqa", "tiny-r1", 0.5),
                Tiny.score("tiny-s2", "gpqa", "tiny-r1", 0.7));
        EntityStatistics score = statistics.getEntityStatistics(Score.class.getName());
        assertEquals(2, scores.created());
        assertEquals(2, score.getInsertCount());
        long storedHeadlinesFlipped = score.getUpdateCount();
        List<Score> written = em.createQuery("select s from Score s where s.externalId like 'tiny-r1#%' order by s.id", Score.class)
                .getResultList();
        assertEquals(2, written.size());
        // Equal by the rule (same link, provenance and date): the first recorded is the headline, unless a stored one wins.
        assertEquals(false, written.get(1).headline);
        assertEquals(written.get(0).headline ? 1 : 0, storedHeadlinesFlipped, "updates: only a stored headline that lost");
    }
}

package org.llmleaderboard.service.load.llmstats;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    private ScoreStep.Scores run(Existing existing, LlmStats.Score... scores) {
        LlmStats.Model src = Tiny.model("deepseek", "tiny-r1", "Tiny R1", List.of(scores));
        BenchmarkScales scales = new BenchmarkScales(List.of(src));
        scales.bind(Tiny.benchmark("gpqa", null, 1.0), existing.benchmarks.get("gpqa"));
        LanguageModel r1 = existing.models.get("deepseek-ai/deepseek-r1");
        return step.run(Tiny.contents(List.of(), List.of(), List.of(src)), Map.of("tiny-r1", r1), scales, existing);
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
}

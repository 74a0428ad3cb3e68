package org.llmleaderboard.service.load.llmstats;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Step 6 on a tiny input, over the bundled data; each test rolls back. */
@QuarkusTest
class HeadlineStepTest {

    @Inject
    HeadlineStep step;

    @Inject
    ExistingReader reader;

    @Inject
    EntityManager em;

    private List<Score> headlines(LanguageModel m) {
        return em.createQuery("select s from Score s where s.model = :m and s.benchmark.slug = 'gpqa' and s.headline = true", Score.class)
                .setParameter("m", m).getResultList();
    }

    @Test
    @TestTransaction
    void shouldMakeAThirdPartySourcedScoreTheOneHeadlineOfItsModelAndBenchmark() {
        Existing existing = reader.read();
        LanguageModel r1 = existing.models.get("deepseek-ai/deepseek-r1");
        Score thirdParty = new Score();
        thirdParty.model = r1;
        thirdParty.benchmark = existing.benchmarks.get("gpqa");
        thirdParty.scoreValue = 70.0;
        thirdParty.selfReported = false;
        thirdParty.sourceUrl = "https://evaluator.example/r1";
        thirdParty.date = LocalDate.of(2025, 6, 1);
        em.persist(thirdParty);
        step.apply(Set.of(r1.id));
        assertEquals(List.of(thirdParty), headlines(r1));
    }
}

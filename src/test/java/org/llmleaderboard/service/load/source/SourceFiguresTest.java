package org.llmleaderboard.service.load.source;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures README's data section states for the bundled data, loaded at first start from the eleven sources. A
 * canonical model is a leaderboard row: a model that is no variant of another.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(AllSources.class)
class SourceFiguresTest {

    @Inject
    EntityManager em;

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Test
    void shouldHoldAtLeast2000CanonicalModels() {
        long canonical = count("select count(*) from language_model where variant_of_id is null");
        assertTrue(canonical >= 2000, "canonical models: " + canonical);
    }

    @Test
    void shouldHoldAtLeast150ModelsReleasedIn2026() {
        long in2026 = count("select count(*) from language_model where variant_of_id is null and release_date >= date '2026-01-01'");
        assertTrue(in2026 >= 150, "canonical models released in 2026: " + in2026);
    }

    @Test
    void shouldPriceAndSizeTheContextOfAtLeast80PercentOfTheModelsWithAnApiOffering() {
        String offered = " from language_model m where exists (select 1 from provider_offering o where o.model_id = m.id)";
        long withOffering = count("select count(*)" + offered);
        long complete = count("select count(*)" + offered + " and m.input_price is not null and m.context_window is not null");
        assertTrue(withOffering > 1000, "models with an offering: " + withOffering);
        assertTrue(complete >= 0.8 * withOffering, complete + " of " + withOffering + " offered models have a price and a context window");
    }

    @Test
    void shouldHoldAtLeast5000ScoresOfWhich1000AreIndependentRuns() {
        long scores = count("select count(*) from score");
        long independent = count("select count(*) from score where independent = true");
        assertTrue(scores >= 5000, "scores: " + scores);
        assertTrue(independent >= 1000, "independent runs: " + independent);
    }

    @Test
    void shouldGiveEpochsOwnRunsTheirStderrAndLogsAndMarkThemIndependent() {
        String runs = "select count(*) from score where origin = 'epoch-benchmarking-hub' and log_url is not null";
        long logged = count(runs);
        long complete = count(runs + " and stderr is not null and independent = true");
        assertTrue(logged > 500, "Epoch's runs with logs: " + logged);
        assertTrue(complete >= 0.9 * logged, complete + " of " + logged + " runs carry a stderr and are independent");
    }
}

package org.llmleaderboard.service.load.llmstats;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ProviderOffering;
import org.llmleaderboard.importer.llmstats.LlmStats;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Step 5 on tiny inputs, over the bundled data; each test rolls back. */
@QuarkusTest
class OfferingStepTest {

    @Inject
    OfferingStep step;

    @Inject
    ExistingReader reader;

    @Inject
    EntityManager em;

    private OfferingStep.Offerings run(LanguageModel model, double inputPrice) {
        LlmStats.Offering current = new LlmStats.Offering("tiny-o1", "tiny.cloud", "tiny-r1", "r1", false, inputPrice, 6.0, 128000, 8000,
                null, null, null);
        LlmStats.Contents contents = Tiny.withOfferings(Tiny.contents(List.of(), List.of(), List.of()),
                List.of(new LlmStats.Provider("tiny.cloud", "Tiny Cloud", "https://tiny.example")),
                List.of(current, Tiny.offering("tiny-o2", "tiny.cloud", "tiny-r1", true), Tiny.offering("tiny-o3", "tiny.cloud", "unknown", false)));
        return step.run(contents, Map.of("tiny-r1", model));
    }

    @Test
    @TestTransaction
    void shouldCreateTheProviderAndTheCurrentOfferingsOfImportedModels() {
        LanguageModel r1 = reader.read().models.get("deepseek-ai/deepseek-r1");
        OfferingStep.Offerings result = run(r1, 1.5);
        assertEquals(1, result.providersCreated());
        assertEquals(1, result.count(), "neither the deprecated offering nor one of a model the merge did not import");
        ProviderOffering o = em.createQuery("select o from ProviderOffering o where o.externalId = 'tiny-o1'", ProviderOffering.class)
                .getSingleResult();
        assertEquals("tinycloud", o.provider.slug);
        assertEquals(1.5, o.inputPrice);
        assertEquals(LlmStatsSource.SOURCE_REPOSITORY + "data/providers/tiny.cloud/models.json", o.sourceUrl);
    }

    @Test
    @TestTransaction
    void shouldUpdateAnOfferingFoundAgainByItsIdAndReuseItsProvider() {
        LanguageModel r1 = reader.read().models.get("deepseek-ai/deepseek-r1");
        run(r1, 1.5);
        OfferingStep.Offerings again = run(r1, 2.0);
        assertEquals(0, again.providersCreated());
        assertEquals(List.of(2.0), em.createQuery("select o.inputPrice from ProviderOffering o where o.externalId = 'tiny-o1'", Double.class)
                .getResultList());
    }
}

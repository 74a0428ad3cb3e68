package org.llmleaderboard.service.load.llmstats;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.ModelDecision;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Step 3 on tiny inputs, over the bundled data; each test rolls back. */
@QuarkusTest
class ModelStepTest {

    @Inject
    ModelStep step;

    @Inject
    ExistingReader reader;

    @Inject
    EntityManager em;

    private static ModelDecision create(String id, String slug, String family) {
        return new ModelDecision(id, id, Action.CREATE, slug, family, "new", List.of());
    }

    private ModelStep.Models run(List<LlmStats.Model> models, List<ModelDecision> decisions, Existing existing) {
        Lab lab = existing.labs.get("deepseek-ai");
        return step.run(Tiny.contents(List.of(), List.of(), models), decisions, existing, Map.of("deepseek", lab));
    }

    @Test
    @TestTransaction
    void shouldCreateAModelInItsFamilyWithItsFiguresFactsAndAliases() {
        Existing existing = reader.read();
        ModelStep.Models out = run(List.of(Tiny.model("deepseek", "tiny-r1", "Tiny R1", List.of())),
                List.of(create("tiny-r1", "deepseek-ai/tiny-r1", "deepseek-ai/deepseek-r1")), existing);
        LanguageModel m = out.byId().get("tiny-r1");
        assertNotNull(m.id, "persisted");
        assertEquals("deepseek-ai", m.lab.slug);
        assertEquals("deepseek-ai/deepseek-r1", m.family.slug);
        assertEquals(7.0, m.parameters, "a created model takes the figure as its own");
        assertEquals("mit", m.licenceId);
        assertEquals(List.of("tiny-r1"), out.created().stream().map(e -> e.id()).toList());
        assertEquals(1L, em.createQuery("select count(f) from ModelFact f where f.model = :m and f.origin = 'llm-stats'", Long.class)
                .setParameter("m", m).getSingleResult());
        assertEquals(List.of("deepseek/tiny-r1", "tiny-r1"), em.createQuery("select a.alias from ModelAlias a where a.model = :m order by a.alias",
                String.class).setParameter("m", m).getResultList());
    }

    @Test
    @TestTransaction
    void shouldGiveAMatchedModelOnlyWhatItLacksAndItsFiguresAsFacts() {
        Existing existing = reader.read();
        LanguageModel r1 = existing.models.get("deepseek-ai/deepseek-r1");
        Double parameters = r1.parameters;
        ModelStep.Models out = run(List.of(Tiny.model("deepseek", "deepseek-r1", "DeepSeek R1", List.of())),
                List.of(new ModelDecision("deepseek-r1", "DeepSeek R1", Action.MATCH, "deepseek-ai/deepseek-r1", null, "alias", List.of())),
                existing);
        assertSame(r1, out.byId().get("deepseek-r1"));
        assertEquals(parameters, r1.parameters, "the markdown set's figure stays");
        assertEquals(1, out.matched().size());
        assertEquals(1L, em.createQuery("select count(f) from ModelFact f where f.model = :m and f.origin = 'llm-stats' and f.numericValue = 7.0",
                Long.class).setParameter("m", r1).getSingleResult(), "the earlier import's facts are replaced");
    }

    @Test
    @TestTransaction
    void shouldKeepOneRecordsFactsWhenTwoRecordsMatchTheSameModel() {
        Existing existing = reader.read();
        LanguageModel r1 = existing.models.get("deepseek-ai/deepseek-r1");
        run(List.of(Tiny.model("deepseek", "deepseek-r1", "DeepSeek R1", List.of()), Tiny.model("deepseek", "deepseek-r1-copy", "DeepSeek R1", List.of())),
                List.of(new ModelDecision("deepseek-r1", "DeepSeek R1", Action.MATCH, "deepseek-ai/deepseek-r1", null, "alias", List.of()),
                        new ModelDecision("deepseek-r1-copy", "DeepSeek R1", Action.MATCH, "deepseek-ai/deepseek-r1", null, "name", List.of())),
                existing);
        assertEquals(1L, em.createQuery("select count(f) from ModelFact f where f.model = :m and f.origin = 'llm-stats' and f.fact = :p",
                Long.class).setParameter("m", r1).setParameter("p", org.llmleaderboard.domain.FactKind.PARAMETERS.slug()).getSingleResult(),
                "one parameter count from llm-stats, not one per record");
    }

    @Test
    @TestTransaction
    void shouldOnlyReportUndecidedAndSkippedModels() {
        ModelStep.Models out = run(List.of(Tiny.model("deepseek", "tiny-a", "Tiny A", List.of()), Tiny.model("deepseek", "tiny-b", "Tiny B", List.of())),
                List.of(new ModelDecision("tiny-a", "Tiny A", Action.UNDECIDED, null, null, "several", List.of("x", "y")),
                        new ModelDecision("tiny-b", "Tiny B", Action.SKIP, null, null, "override", List.of())),
                reader.read());
        assertTrue(out.byId().isEmpty());
        assertEquals(List.of("x", "y"), out.undecided().get(0).candidates());
        assertEquals("tiny-b", out.skipped().get(0).id());
    }

    @Test
    @TestTransaction
    void shouldLinkAFineTunedModelToItsBaseAndNoteABaseTheSetLacks() {
        LlmStats.Model base = Tiny.model("deepseek", "tiny-base", "Tiny Base", List.of());
        LlmStats.Model tuned = Tiny.fineTuned(Tiny.model("deepseek", "tiny-tuned", "Tiny Tuned", List.of()), "tiny-base");
        LlmStats.Model orphan = Tiny.fineTuned(Tiny.model("deepseek", "tiny-orphan", "Tiny Orphan", List.of()), "nowhere");
        ModelStep.Models out = run(List.of(base, tuned, orphan), List.of(create("tiny-base", "deepseek-ai/tiny-base", null),
                create("tiny-tuned", "deepseek-ai/tiny-tuned", null), create("tiny-orphan", "deepseek-ai/tiny-orphan", null)), reader.read());
        assertSame(out.byId().get("tiny-base"), out.byId().get("tiny-tuned").fineTunedFrom);
        assertEquals(List.of("tiny-orphan: fine-tuned from nowhere, which the set does not hold"), out.notes());
    }
}

package org.llmleaderboard.service.load.llmstats;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.LabDecision;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.AliasTarget;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Step 1 on tiny inputs, over the bundled data; each test rolls back. */
@QuarkusTest
class LabStepTest {

    @Inject
    LabStep step;

    @Inject
    ExistingReader reader;

    @Inject
    AliasRepository aliases;

    private static LlmStats.Contents acme() {
        return Tiny.contents(List.of(Tiny.organization("acme-test", "Acme"), Tiny.organization("nobody-test", "Nobody")), List.of(),
                List.of(Tiny.model("acme-test", "acme-1", "Acme 1", List.of())));
    }

    @Test
    @TestTransaction
    void shouldCreateALabForANewOrganizationThatHasModels() {
        Existing existing = reader.read();
        LabStep.Labs labs = step.run(acme(), List.of(new LabDecision("acme-test", "Acme", Action.CREATE, "acme-test", "new")), existing);
        assertEquals(1, labs.created());
        assertEquals(0, labs.matched());
        Lab lab = labs.byOrg().get("acme-test");
        assertNotNull(lab.id, "persisted");
        assertEquals("Acme", lab.name);
        assertEquals("https://acme-test.example", lab.website);
        assertEquals("FR", lab.country);
        assertSame(lab, existing.labs.get("acme-test"), "known to the next steps");
    }

    @Test
    @TestTransaction
    void shouldCreateNoLabForAnOrganizationWithoutModels() {
        LabStep.Labs labs = step.run(acme(), List.of(new LabDecision("nobody-test", "Nobody", Action.CREATE, "nobody-test", "new")),
                reader.read());
        assertEquals(0, labs.created());
        assertTrue(labs.byOrg().isEmpty());
    }

    @Test
    @TestTransaction
    void shouldKeepTheOrganizationIdAsAnAliasOfTheLabItMatched() {
        Existing existing = reader.read();
        LabStep.Labs labs = step.run(acme(), List.of(new LabDecision("acme-test", "Acme", Action.MATCH, "deepseek-ai", "override")),
                existing);
        assertEquals(1, labs.matched());
        assertSame(existing.labs.get("deepseek-ai"), labs.byOrg().get("acme-test"));
        assertTrue(aliases.labAliases().contains(new AliasTarget("acme-test", "deepseek-ai")));
    }

    @Test
    @TestTransaction
    void shouldNeverCreateALabTheCrosswalkNamesAnAliasButMatchItsSurvivor() {
        // A decision to create "google" (as a matcher without the known alias would make) goes to Google DeepMind.
        Existing existing = reader.read();
        LabStep.Labs labs = step.run(Tiny.contents(List.of(Tiny.organization("google", "Google")), List.of(),
                List.of(Tiny.model("google", "google-test-1", "Google Test 1", List.of()))),
                List.of(new LabDecision("google", "Google", Action.CREATE, "google", "new")), existing);
        assertEquals(0, labs.created());
        assertEquals(1, labs.matched());
        assertSame(existing.labs.get("google-deepmind"), labs.byOrg().get("google"));
        assertTrue(!existing.labs.containsKey("google"), "no lab google");
    }
}

package org.llmleaderboard.importer.identity;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.identity.ModelResolver.Incoming;
import org.llmleaderboard.importer.identity.ModelResolver.Outcome;
import org.llmleaderboard.importer.identity.ModelResolver.Stored;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resolution's steps, in order, on the bundled data's names (issue 15's cases). */
class ModelResolverTest {

    private static final List<Stored> OPENAI = List.of(
            new Stored("openai/gpt-4o", "GPT-4o", "openai", null, false),
            new Stored("openai/gpt-4o-2024-11-20", "gpt-4o-2024-11-20", "openai", null, false),
            new Stored("openai/gpt-4o-mini", "GPT-4o mini", "openai", null, false));

    private static final ModelCrosswalk CROSSWALK = ModelCrosswalk.parse("""
            source,source_id,relation,canonical,reason
            llm-stats,openai/gpt-4o-2024-08-06,variant,openai/gpt-4o,the August 2024 snapshot
            llm-stats,openai/gpt-4o-2024-05-13,same,openai/gpt-4o,the launch version
            """);

    @Test
    void shouldResolveExactIdsFirst() {
        var r = ModelResolver.resolve(new Incoming("llm-stats", "openai/gpt-4o-2024-05-13", "GPT-4o", "openai"), OPENAI,
                Map.of("openai/gpt-4o-2024-05-13", "openai/gpt-4o-2024-11-20"), CROSSWALK);
        assertEquals(Outcome.SAME, r.outcome());
        assertEquals("openai/gpt-4o-2024-11-20", r.slug(), "an alias (say, left by a merge) wins over the crosswalk");
        assertEquals("alias", r.rule());
    }

    @Test
    void shouldApplyTheCrosswalkBeforeTheNameRules() {
        var r = ModelResolver.resolve(new Incoming("llm-stats", "openai/gpt-4o-2024-08-06", "GPT-4o", "openai"), OPENAI, Map.of(),
                CROSSWALK);
        assertEquals(Outcome.VARIANT, r.outcome());
        assertEquals("openai/gpt-4o", r.slug());
        assertEquals("crosswalk", r.rule());
    }

    @Test
    void shouldMakeAMarkedNameAVariantOfThePlainOne() {
        var r = ModelResolver.resolve(new Incoming("csv", "x/gemini-2.5-pro-preview-06-05", "Gemini 2.5 Pro Preview 06-05", "google-deepmind"),
                List.of(new Stored("google-deepmind/gemini-25-pro", "Gemini 2.5 Pro", "google-deepmind", null, false)), Map.of(),
                ModelCrosswalk.NONE);
        assertEquals(Outcome.VARIANT, r.outcome());
        assertEquals("google-deepmind/gemini-25-pro", r.slug());
    }

    @Test
    void shouldSendAmbiguousRecordsToReviewNeverGuessingAMerge() {
        List<Stored> twins = List.of(new Stored("openai/gpt-4o", "GPT-4o", "openai", null, false),
                new Stored("openai/gpt-4o-2024-08-06", "GPT-4o", "openai", null, false));
        var r = ModelResolver.resolve(new Incoming("csv", "openai/gpt-4o-latest", "GPT-4o", "openai"), twins, Map.of(), ModelCrosswalk.NONE);
        assertEquals(Outcome.REVIEW, r.outcome());
        assertEquals(List.of("openai/gpt-4o", "openai/gpt-4o-2024-08-06"), r.candidates());
    }

    @Test
    void shouldLinkSnapshotsOfStoredModelsAndReviewGroupsWithoutAPlainName() {
        List<Stored> stored = List.of(
                new Stored("moonshot-ai/kimi-k2", "Kimi K2", "moonshot-ai", null, false),
                new Stored("moonshot-ai/kimi-k2-instruct-0905", "Kimi K2-Instruct-0905", "moonshot-ai", null, false),
                new Stored("moonshot-ai/kimi-k2-0905", "Kimi K2 0905", "moonshot-ai", null, false),
                new Stored("mistral/mistral-small-31-24b-base-2503", "Mistral Small 3.1 24B Base", "mistral", null, false),
                new Stored("mistral/mistral-small-31-24b-instruct-2503", "Mistral Small 3.1 24B Instruct", "mistral", null, false),
                new Stored("anthropic/claude-35-sonnet-new", "Claude 3.5 Sonnet (new)", "anthropic", null, true),
                new Stored("anthropic/claude-35-sonnet", "Claude 3.5 Sonnet", "anthropic", null, false));
        ModelResolver.Plan plan = ModelResolver.variantLinks(stored, Map.of(), ModelCrosswalk.NONE);
        assertEquals(List.of("moonshot-ai/kimi-k2-0905", "moonshot-ai/kimi-k2-instruct-0905"),
                plan.links().stream().map(ModelResolver.Link::slug).sorted().toList());
        plan.links().forEach(l -> assertEquals("moonshot-ai/kimi-k2", l.canonical()));
        assertTrue(plan.links().stream().noneMatch(l -> l.slug().startsWith("anthropic/")), "an editor's split stays");
        assertEquals(List.of("mistral/mistral-small-31-24b-base-2503", "mistral/mistral-small-31-24b-instruct-2503"),
                plan.reviews().stream().map(ModelResolver.Review::slug).toList());
        ModelResolver.Plan again = ModelResolver.variantLinks(stored.stream()
                .map(s -> s.slug().startsWith("moonshot-ai/kimi-k2-") ? new Stored(s.slug(), s.name(), s.labSlug(), "moonshot-ai/kimi-k2", false) : s)
                .toList(), Map.of(), ModelCrosswalk.NONE);
        assertEquals(List.of(), again.links(), "idempotent: nothing more to link");
    }

    @Test
    void shouldLinkCrosswalkVariantsFoundByAlias() {
        List<Stored> stored = List.of(new Stored("openai/gpt-4o", "GPT-4o", "openai", null, false),
                new Stored("openai/gpt-4o-2024-08-06", "GPT-4o 2024-08-06", "openai", null, false));
        ModelResolver.Plan plan = ModelResolver.variantLinks(stored, Map.of("openai/gpt-4o-2024-08-06", "openai/gpt-4o-2024-08-06"), CROSSWALK);
        assertEquals(List.of(new ModelResolver.Link("openai/gpt-4o-2024-08-06", "openai/gpt-4o", "crosswalk")), plan.links());
    }

    @Test
    void shouldReadTheBundledCrosswalkAndRefuseABadLine() {
        ModelCrosswalk bundled = ModelCrosswalk.bundled();
        assertEquals(ModelCrosswalk.Relation.VARIANT, bundled.of("llm-stats").get("openai/gpt-4o-2024-08-06").relation());
        assertEquals("anthropic/claude-35-sonnet-new", bundled.of("llm-stats").get("anthropic/claude-3-5-sonnet-20241022").canonical());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelCrosswalk.parse("""
                source,source_id,relation,canonical,reason
                llm-stats,openai/gpt-4o-2024-08-06,merge,openai/gpt-4o,
                llm-stats,openai/o1,variant,,
                """));
        assertEquals("model crosswalk: line 2: unknown relation 'merge' (same, variant, family, new or skip); "
                + "line 3: `variant` needs a canonical slug", e.getMessage());
    }
}

package org.llmleaderboard.importer.llmstats;

import org.llmleaderboard.importer.markdown.MarkdownLeaderboardReader;
import org.llmleaderboard.importer.markdown.MarkdownSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.ModelDecision;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Plan;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matching rules and the override file, over the two bundled sets (no database). */
class LlmStatsMatcherTest {

    static LlmStats.Contents llmStats;
    static LlmStatsMatcher.Known markdown;
    static LlmStatsOverrides overrides;

    @BeforeAll
    static void read() throws Exception {
        ClassLoader cl = LlmStatsMatcherTest.class.getClassLoader();
        try (InputStream zip = cl.getResourceAsStream("bundled/llm-stats.zip")) {
            llmStats = LlmStatsReader.readZip(zip);
        }
        MarkdownSet md;
        try (InputStream zip = cl.getResourceAsStream("bundled/aicomputing101-llm-leaderboard.zip")) {
            md = MarkdownLeaderboardReader.readZip(zip);
        }
        List<LlmStatsMatcher.ExistingLab> labs = new ArrayList<>();
        md.labs().forEach(l -> labs.add(new LlmStatsMatcher.ExistingLab(l.slug(), l.name())));
        md.models().stream().filter(m -> labs.stream().noneMatch(l -> l.slug().equals(m.labSlug())))
                .forEach(m -> labs.add(new LlmStatsMatcher.ExistingLab(m.labSlug(), m.labName())));
        List<LlmStatsMatcher.ExistingModel> models = md.models().stream()
                .map(m -> new LlmStatsMatcher.ExistingModel(m.slug(), m.name(), m.labSlug(), false)).toList();
        List<LlmStatsMatcher.ExistingBenchmark> benchmarks = List.of(new LlmStatsMatcher.ExistingBenchmark("mmlu", "MMLU"),
                new LlmStatsMatcher.ExistingBenchmark("mmlu-pro", "MMLU-Pro"), new LlmStatsMatcher.ExistingBenchmark("gpqa", "GPQA"),
                new LlmStatsMatcher.ExistingBenchmark("hle", "HLE"));
        markdown = new LlmStatsMatcher.Known(labs, models, benchmarks, Map.of(), Map.of(), Map.of());
        try (InputStream csv = cl.getResourceAsStream("bundled/llm-stats-overrides.csv")) {
            // The override file's lab and benchmark lines, with the crosswalk's model decisions (as bundled() reads them).
            overrides = LlmStatsOverrides.withCrosswalk(LlmStatsOverrides.parse(new String(csv.readAllBytes(), StandardCharsets.UTF_8)),
                    org.llmleaderboard.importer.identity.ModelCrosswalk.bundled());
        }
    }

    private static ModelDecision decision(Plan plan, String id) {
        return plan.models().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldMatchCreateAndLeaveNothingUndecidedWithTheBundledOverrides() {
        Plan plan = LlmStatsMatcher.plan(llmStats, markdown, overrides);
        assertEquals(org.llmleaderboard.TestData.LLM_STATS_MATCHED, plan.count(Action.MATCH), "matched");
        assertEquals(org.llmleaderboard.TestData.LLM_STATS_CREATED, plan.count(Action.CREATE), "created");
        assertEquals(0, plan.count(Action.UNDECIDED), "undecided");
        // No two llm-stats models merged into one model: no duplicates, nothing counted twice.
        List<String> matched = plan.models().stream().filter(d -> d.action() == Action.MATCH).map(ModelDecision::slug).toList();
        assertEquals(matched.size(), matched.stream().distinct().count());
        List<String> all = plan.models().stream().map(ModelDecision::slug).toList();
        assertEquals(all.size(), all.stream().distinct().count(), "every llm-stats model has its own slug");
    }

    @Test
    void shouldLeaveTwoDatedSnapshotsOfOneNameUndecidedWithoutOverrides() {
        Plan plan = LlmStatsMatcher.plan(llmStats, markdown, LlmStatsOverrides.NONE);
        List<String> undecided = plan.models().stream().filter(d -> d.action() == Action.UNDECIDED).map(ModelDecision::id).sorted().toList();
        assertEquals(List.of("claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022", "gpt-4-turbo-2024-04-09",
                "gpt-4o-2024-05-13", "gpt-4o-2024-08-06", "o1-2024-12-17"), undecided);
        ModelDecision gpt4o = decision(plan, "gpt-4o-2024-08-06");
        assertEquals(List.of("openai/gpt-4o"), gpt4o.candidates());
        assertEquals(List.of("openai/o1", "openai/o1-2024-12-17"), decision(plan, "o1-2024-12-17").candidates());
    }

    @Test
    void shouldApplyTheOverrides() {
        Plan plan = LlmStatsMatcher.plan(llmStats, markdown, overrides);
        ModelDecision june = decision(plan, "claude-3-5-sonnet-20240620");
        assertEquals(Action.MATCH, june.action());
        assertEquals("anthropic/claude-35-sonnet", june.slug());
        ModelDecision october = decision(plan, "claude-3-5-sonnet-20241022");
        assertEquals(Action.MATCH, october.action(), "the crosswalk: the markdown set's Claude 3.5 Sonnet (new)");
        assertEquals("anthropic/claude-35-sonnet-new", october.slug());
        ModelDecision august = decision(plan, "gpt-4o-2024-08-06");
        assertEquals(Action.CREATE, august.action(), "a variant of GPT-4o, linked after the merge");
        assertEquals("GPT-4o 2024-08-06", august.name(), "the snapshot's date in its name");
        assertEquals("openai/gpt-4o", august.familySlug());
        assertEquals("hle", plan.benchmarksById().get("humanity's-last-exam").slug());
    }

    @Test
    void shouldMatchLabsByKnownAliasesSlugsAndNormalisedNames() {
        Plan plan = LlmStatsMatcher.plan(llmStats, markdown, overrides);
        var labs = plan.labsById();
        assertEquals("deepseek-ai", labs.get("deepseek").slug());
        assertEquals("known lab alias", labs.get("deepseek").rule());
        assertEquals("alibaba", labs.get("qwen").slug());
        assertEquals("openai", labs.get("openai").slug());
        assertEquals("mistral", labs.get("mistral").slug());
        assertEquals("deepseek", LlmStatsNames.labKey("DeepSeek-AI"));
        assertEquals(LlmStatsNames.labKey("Moonshot AI"), LlmStatsNames.labKey("moonshot-ai"));
        assertEquals("ai21", LlmStatsNames.labKey("AI21 Labs"));
    }

    @Test
    void shouldMatchModelsByNormalisedNameAndSlugWithinTheLab() {
        Plan plan = LlmStatsMatcher.plan(llmStats, markdown, overrides);
        ModelDecision r1 = decision(plan, "deepseek-r1-0528");
        assertEquals("deepseek-ai/deepseek-r1-0528", r1.slug());
        ModelDecision v25 = decision(plan, "deepseek-v2.5");
        assertEquals("deepseek-ai/deepseek-v25", v25.slug());
        ModelDecision opus = decision(plan, "claude-opus-4-1-20250805");
        assertEquals("anthropic/claude-opus-41", opus.slug());
        assertEquals("same normalised name", opus.rule());
        assertEquals(LlmStatsNames.nameKey("DeepSeek-V2.5"), LlmStatsNames.nameKey("deepseek v25"));
        assertTrue(!LlmStatsNames.nameKey("Command R+").equals(LlmStatsNames.nameKey("Command-R")), "+ is not dropped");
    }

    @Test
    void shouldKeepVariantsAsTheirOwnModelsLinkedToTheirFamily() {
        Plan plan = LlmStatsMatcher.plan(llmStats, markdown, overrides);
        ModelDecision gemma = decision(plan, "gemma-3-12b-it");
        assertEquals(Action.CREATE, gemma.action());
        assertEquals("google-deepmind/gemma-3-12b-it", gemma.slug());
        assertEquals("google-deepmind/gemma-3", gemma.familySlug());
        assertEquals("alibaba/qwen25", decision(plan, "qwen-2.5-72b-instruct").familySlug());
        assertEquals("google-deepmind/medgemma", decision(plan, "medgemma-4b-it").familySlug());
        // A version is not a size: DeepSeek-V3.1 is not a variant of "DeepSeek", nor Command R+ of Command-R.
        assertNull(decision(plan, "deepseek-v3.1").familySlug());
        assertNull(decision(plan, "command-r-plus-04-2024").familySlug());
    }

    @Test
    void shouldGiveUrlSafeSlugsInTheMarkdownStyle() {
        assertEquals("humanitys-last-exam", LlmStatsNames.slugify("humanity's-last-exam"));
        assertEquals("swe-bench-verified-agentless", LlmStatsNames.slugify("swe-bench-verified-(agentless)"));
        assertEquals("humaneval-plus", LlmStatsNames.slugify("humaneval+"));
        assertEquals("gemini-15-pro", LlmStatsNames.slugify("gemini-1.5-pro"));
        assertEquals("graphwalks-bfs-gt-128k", LlmStatsNames.slugify("graphwalks-bfs->128k"));
        Plan plan = LlmStatsMatcher.plan(llmStats, markdown, overrides);
        // `humaneval-plus` keeps its own slug; `humaneval+` gets the next free one.
        assertEquals("humaneval-plus", plan.benchmarksById().get("humaneval-plus").slug());
        assertEquals("humaneval-plus-2", plan.benchmarksById().get("humaneval+").slug());
        plan.benchmarks().forEach(b -> assertTrue(b.slug().matches("[a-z0-9-]+"), b.slug()));
        plan.models().forEach(m -> assertTrue(m.slug().matches("[a-z0-9-]+/[a-z0-9-]+"), m.slug()));
    }

    @Test
    void shouldRefuseABrokenOverrideFileNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlmStatsOverrides.parse("""
                kind,id,action,target,reason
                model,gpt-4o,merge,openai/gpt-4o,typo
                model,o1,skip,openai/o1,
                planet,x,match,y,
                """));
        assertEquals("llm-stats overrides: line 2: unknown action 'merge' (match, family, variant, new or skip); "
                + "line 3: `skip` takes no a target model slug; line 4: unknown kind 'planet' (lab, benchmark or model)", e.getMessage());
    }

    @Test
    void shouldReportAnOverrideToAnUnknownModelAsUndecided() {
        LlmStatsOverrides bad = LlmStatsOverrides.parse("kind,id,action,target,reason\nmodel,o3-mini,match,openai/o3-mini-typo,\n");
        ModelDecision d = decision(LlmStatsMatcher.plan(llmStats, markdown, bad), "o3-mini");
        assertEquals(Action.UNDECIDED, d.action());
        assertEquals("the override names an unknown model 'openai/o3-mini-typo'", d.rule());
    }
}

package org.llmleaderboard.importer.aider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.identity.ModelNames;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The aider reader over the bundled copy (aider 5dc9490: polyglot, code-editing and refactoring leaderboards). */
class AiderReaderTest {

    static SourceRecords bundled;

    @BeforeAll
    static void readBundled() throws Exception {
        try (InputStream zip = AiderReaderTest.class.getResourceAsStream("/bundled/aider.zip")) {
            bundled = AiderReader.readZip(zip);
        }
    }

    @Test
    void shouldReadEveryRunOfTheThreeLeaderboards() {
        assertEquals("aider", bundled.origin());
        // 69 polyglot runs (3 architect pairs left out), 98 code-editing runs, 14 refactoring runs
        assertEquals("131 models, 178 scores, 0 offerings, 3 problems", bundled.summary());
        assertEquals(66, count("aider-polyglot"));
        assertEquals(98, count("aider-code-editing"));
        assertEquals(14, count("aider-refactoring"));
    }

    @Test
    void shouldLeaveArchitectPairsOutAsProblems() {
        assertEquals(List.of(
                "aider/website/_data/polyglot_leaderboard.yml run 18: 'DeepSeek R1 + claude-3-5-sonnet-20241022' is a pair of models (architect and editor), not one model; left out",
                "aider/website/_data/polyglot_leaderboard.yml run 28: 'QwQ-32B + Qwen 2.5 Coder Instruct' is a pair of models (architect and editor), not one model; left out",
                "aider/website/_data/polyglot_leaderboard.yml run 60: 'o3 (high) + gpt-4.1' is a pair of models (architect and editor), not one model; left out"),
                bundled.problems());
    }

    @Test
    void shouldGiveEachModelOnceByIdAndByNormalisedNameAndLab() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SourceModel m : bundled.models()) {
            assertTrue(ids.add(m.id()), "id twice: " + m.id());
            assertTrue(names.add(m.lab() + "|" + ModelNames.key(m.name())), "name twice: " + m.name());
        }
        assertTrue(bundled.scores().stream().allMatch(s -> ids.contains(s.modelId())));
        assertEquals(bundled.scores().size(), bundled.scores().stream().map(s -> s.benchmark() + "|" + s.runId()).distinct().count());
    }

    @Test
    void shouldNameAModelFromItsApiIdWithItsSnapshotDate() {
        SourceModel mini = model("gpt-4o-mini-2024-07-18");
        assertEquals("GPT-4o mini 2024-07-18", mini.name());
        assertEquals("OpenAI", mini.lab());
        SourceScore polyglot = only("gpt-4o-mini-2024-07-18", "aider-polyglot");
        assertEquals(3.6, polyglot.value());
        assertEquals(LocalDate.of(2024, 12, 21), polyglot.date());
        assertEquals("edit format whole", polyglot.setting());
        assertEquals("%", polyglot.unit());
        assertEquals(Provenance.INDEPENDENT, polyglot.provenance());
        assertEquals("https://aider.chat/docs/leaderboards/", polyglot.sourceUrl());
        assertEquals("Aider Polyglot", polyglot.benchmarkName());
        assertEquals("2024-12-21-18-41-18--polyglot-gpt-4o-mini", polyglot.runId());
        assertEquals("Claude 3.5 Sonnet 2024-10-22", model("claude-3.5-sonnet-2024-10-22").name());
        assertEquals("ChatGPT-4o 2025-02-15", model("chatgpt-4o-2025-02-15").name());
        assertEquals(LocalDate.of(2024, 5, 13), model("gpt-4o-2024-05-13").released());
    }

    @Test
    void shouldPutEffortAndThinkingInTheSettingOfOneModel() {
        List<SourceScore> gpt5 = bundled.scores().stream().filter(s -> s.modelId().equals("gpt-5")).toList();
        assertEquals(List.of("edit format diff, reasoning effort high", "edit format diff, reasoning effort low",
                "edit format diff, reasoning effort medium"), gpt5.stream().map(SourceScore::setting).sorted().toList());
        assertEquals(88.0, gpt5.stream().filter(s -> s.setting().endsWith("high")).findFirst().orElseThrow().value());
        assertEquals("GPT-5", model("gpt-5").name());
        List<SourceScore> sonnet = bundled.scores().stream().filter(s -> s.modelId().equals("claude-3.7-sonnet-2025-02-19")).toList();
        assertEquals(64.9, sonnet.stream().filter(s -> s.setting().equals("edit format diff, thinking budget 32K")).findFirst().orElseThrow().value());
        assertEquals(60.4, sonnet.stream().filter(s -> s.setting().equals("edit format diff, no thinking")).findFirst().orElseThrow().value());
        assertTrue(bundled.models().stream().noneMatch(m -> m.name().contains("(") || m.name().contains("think")));
    }

    @Test
    void shouldScoreRefactoringByItsOnlyTry() {
        SourceScore refactor = only("claude-3.5-sonnet-2024-10-22", "aider-refactoring");
        assertEquals(92.1, refactor.value());
        assertEquals("https://aider.chat/docs/leaderboards/refactor.html", refactor.sourceUrl());
    }

    @Test
    void shouldGatherLabelsOfTheSameModelIntoOne() {
        SourceModel coder = model("qwen2.5-coder-32b-instruct");
        assertEquals("Qwen2.5 Coder 32B Instruct", coder.name());
        assertEquals("Alibaba", coder.lab());
        assertEquals(List.of("Qwen2.5-Coder-32B-Instruct", "ollama/qwen2.5-coder:32b", "openrouter/qwen/qwen-2.5-coder-32b-instruct"),
                coder.aliases());
        assertTrue(bundled.scores().stream().anyMatch(s -> s.modelId().equals(coder.id())
                && "edit format whole, run locally with Ollama".equals(s.setting()) && s.value() == 72.9));
        assertEquals("Llama 3.1 Nemotron 70B Instruct", model("llama-3.1-nemotron-70b-instruct").name());
        assertEquals("NVIDIA", model("llama-3.1-nemotron-70b-instruct").lab());
        assertNull(model("quasar-alpha").lab(), "a stealth model's maker is not guessed");
    }

    private static long count(String benchmark) {
        return bundled.scores().stream().filter(s -> s.benchmark().equals(benchmark)).count();
    }

    private static SourceModel model(String id) {
        return bundled.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no model " + id));
    }

    private static SourceScore only(String model, String benchmark) {
        List<SourceScore> found = bundled.scores().stream().filter(s -> s.modelId().equals(model) && s.benchmark().equals(benchmark)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}

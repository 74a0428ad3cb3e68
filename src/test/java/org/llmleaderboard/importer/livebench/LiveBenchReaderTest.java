package org.llmleaderboard.importer.livebench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.identity.ModelNames;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LiveBench reader over the bundled copy (livebench.github.io 4bf96c8, ten releases 2024-06-24 to 2026-01-08). */
class LiveBenchReaderTest {

    static SourceRecords bundled;
    static Map<String, String> files;

    @BeforeAll
    static void readBundled() throws Exception {
        try (InputStream zip = LiveBenchReaderTest.class.getResourceAsStream("/bundled/livebench.zip")) {
            files = SourceFiles.zip(zip, ZipLimits.DEFAULTS, LiveBenchReader.files());
        }
        bundled = LiveBenchReader.read(files);
    }

    @Test
    void shouldReadEveryReleaseOfTheBundledCopy() {
        assertEquals("livebench", bundled.origin());
        // 314 table ids fold into 244 models; 717 model rows × their categories (7 from 2025-05-30, else 6) + averages
        assertEquals("244 models, 5,346 scores, 0 offerings, 0 problems", bundled.summary());
        try (InputStream zip = getClass().getResourceAsStream("/bundled/livebench.zip")) {
            assertEquals(bundled, LiveBenchReader.readZip(zip));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldGiveEachModelOnceByIdAndByNormalisedNameAndLab() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SourceModel m : bundled.models()) {
            assertTrue(ids.add(m.id()), "id twice: " + m.id());
            assertTrue(names.add(m.lab() + "|" + ModelNames.key(m.name())), "name twice: " + m.name());
        }
        Set<String> keys = new HashSet<>();
        for (SourceScore s : bundled.scores()) {
            assertTrue(ids.contains(s.modelId()), "score of an unknown model: " + s.modelId());
            assertTrue(keys.add(s.modelId() + "|" + s.benchmark() + "|" + s.release() + "|" + s.setting()), "score twice: " + s);
        }
    }

    @Test
    void shouldFoldEffortAndThinkingIdsIntoTheirModelAsSettings() {
        SourceModel opus = model("claude-opus-4-5-20251101");
        assertEquals("Claude Opus 4.5 2025-11-01", opus.name());
        assertEquals("Anthropic", opus.lab());
        assertEquals(Boolean.TRUE, opus.reasoning());
        assertTrue(opus.aliases().contains("claude-opus-4-5-20251101-thinking-64k-high-effort"));
        assertTrue(bundled.models().stream().noneMatch(m -> m.id().contains("effort") || m.name().contains("Thinking High")));
        SourceScore average = score("claude-opus-4-5-20251101", "livebench/average", "2026-01-08", "thinking budget 64K, reasoning effort high");
        assertEquals(75.959, average.value(), 0.001);
        assertEquals(90.389, score("claude-opus-4-5-20251101", "livebench/mathematics", "2026-01-08",
                "thinking budget 64K, reasoning effort high").value(), 0.001);
        SourceModel gpt52 = model("gpt-5.2-2025-12-11");
        assertEquals("GPT-5.2 2025-12-11", gpt52.name());
        assertEquals(74.837, score("gpt-5.2-2025-12-11", "livebench/average", "2026-01-08", "reasoning effort high").value(), 0.001);
        assertEquals("Grok 4.1 Fast", model("grok-4-1-fast").name());
        assertTrue(bundled.scores().stream().anyMatch(s -> s.modelId().equals("grok-4-1-fast") && "no reasoning".equals(s.setting())));
    }

    @Test
    void shouldAverageTheReleasesTasksPerCategoryAndTheCategoriesForTheAverage() {
        String model = "claude-4-1-opus-20250805";
        assertEquals("Claude Opus 4.1 2025-08-05", model(model).name());
        assertEquals(40.894, score(model, "livebench/reasoning", "2026-01-08", null).value(), 0.001);
        assertEquals(53.333, score(model, "livebench/agentic-coding", "2026-01-08", null).value(), 0.001);
        assertEquals(25.917, score(model, "livebench/if", "2026-01-08", null).value(), 0.001);
        assertEquals(54.453, score(model, "livebench/average", "2026-01-08", null).value(), 0.001);
        SourceScore s = score(model, "livebench/average", "2026-01-08", null);
        assertEquals("LiveBench (average)", s.benchmarkName());
        assertEquals("%", s.unit());
        assertEquals(LocalDate.of(2026, 1, 8), s.date());
        assertEquals(Provenance.INDEPENDENT, s.provenance());
        assertEquals("https://livebench.ai/", s.sourceUrl());
        assertEquals("2026-01-08/claude-4-1-opus-20250805-base", s.runId());
    }

    @Test
    void shouldSkipBlankAndMissingCellsAsTasksNotRun() {
        // phi-3-small-8k-instruct has no "connections" in 2024-11-25: Language is the mean of the other two tasks
        assertEquals(12.944, score("phi-3-small-8k-instruct", "livebench/language", "2024-11-25", null).value(), 0.001);
        assertEquals(24.032, score("phi-3-small-8k-instruct", "livebench/average", "2024-11-25", null).value(), 0.01);
        // nemotron-3-super's row in 2026-01-08 stops three cells short (typescript, typos, zebra_puzzle)
        assertEquals(23.0, score("nemotron-3-super-120b-a12b", "livebench/agentic-coding", "2026-01-08", null).value(), 0.001);
        assertEquals(32.51, score("nemotron-3-super-120b-a12b", "livebench/average", "2026-01-08", null).value(), 0.01);
    }

    @Test
    void shouldNameDatedSnapshotsWithTheirDateAndKeepTheSitesFacts() {
        SourceModel gpt4o = model("gpt-4o-2024-08-06");
        assertEquals("GPT-4o 2024-08-06", gpt4o.name());
        assertEquals("OpenAI", gpt4o.lab());
        assertEquals(LocalDate.of(2024, 8, 6), gpt4o.released());
        assertNull(gpt4o.variantOf());
        assertEquals("GPT-4o mini 2024-07-18", model("gpt-4o-mini-2024-07-18").name());
        assertEquals("Gemini 2.5 Pro Preview 03-25", model("gemini-2.5-pro-exp-03-25").name());
        assertEquals(List.of("gemini-2.5-pro-preview-03-25"), model("gemini-2.5-pro-exp-03-25").aliases());
        SourceModel large = model("mistral-large-2407");
        assertEquals("Mistral Large 2407", large.name());
        assertEquals(DatePrecision.MONTH, large.releasePrecision());
        assertEquals(Boolean.TRUE, large.openWeights());
        assertNull(model("claude-3-opus-20240229").openWeights(), "not flagged open is not said closed");
        // an undated id and its snapshot the site shows alike are one model
        assertEquals("Claude 3.7 Sonnet", model("claude-3-7-sonnet").name());
        assertTrue(model("claude-3-7-sonnet").aliases().contains("claude-3-7-sonnet-20250219-base"));
        assertEquals("Mistral Medium 3 2505", model("mistral-medium-2505").name());
    }

    @Test
    void shouldDeriveNamesAndLabsForIdsTheSiteHasNoEntryFor() {
        assertEquals("Llama 3 70B Instruct", model("meta-llama-3-70b-instruct").name());
        assertEquals("Meta", model("meta-llama-3-70b-instruct").lab());
        assertEquals("Qwen1.5 110B Chat", model("qwen1.5-110b-chat").name());
        assertEquals("Mixtral 8x7B Instruct v0.1", model("mixtral-8x7b-instruct-v0.1").name());
        assertEquals("Gemini 2.5 Flash Preview 05-20", model("gemini-2.5-flash-preview-05-20").name());
    }

    @Test
    void shouldListTheReleasesWithTheirDatesCategoriesAndTasks() {
        List<LiveBenchRelease> releases = LiveBenchReader.releases(files);
        assertEquals(10, releases.size());
        assertEquals(LocalDate.of(2024, 6, 24), releases.get(0).date());
        assertEquals(6, releases.get(0).categories().size());
        LiveBenchRelease newest = releases.get(9);
        assertEquals("2026-01-08", newest.release());
        assertEquals(127, newest.models());
        LiveBenchRelease.Category agentic = newest.categories().get(2);
        assertEquals("livebench/agentic-coding", agentic.benchmark());
        assertEquals("LiveBench Agentic Coding", agentic.benchmarkName());
        assertEquals(List.of("javascript", "typescript", "python"), agentic.tasks());
    }

    @Test
    void shouldKeepOnlyTheFilesItReadsAtTheRootOrUnderGitHubsTopFolder() {
        assertEquals("public/table_2024_06_24.csv", LiveBenchReader.files().apply("livebench.github.io-main/public/table_2024_06_24.csv"));
        assertEquals("extracted/model_links.json", LiveBenchReader.files().apply("extracted/model_links.json"));
        assertNull(LiveBenchReader.files().apply("public/favicon.json"));
        assertNull(LiveBenchReader.files().apply("src/Table/modelLinks.js"));
        assertFalse(files.containsKey("LiveBench/LICENSE"));
    }

    private static SourceModel model(String id) {
        return bundled.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no model " + id));
    }

    private static SourceScore score(String model, String benchmark, String release, String setting) {
        return bundled.scores().stream()
                .filter(s -> s.modelId().equals(model) && s.benchmark().equals(benchmark) && s.release().equals(release)
                        && java.util.Objects.equals(s.setting(), setting))
                .findFirst().orElseThrow(() -> new AssertionError("no score " + model + " " + benchmark + " " + release + " " + setting));
    }
}

package org.llmleaderboard.importer.epoch;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmleaderboard.importer.epoch.EpochAssertions.model;
import static org.llmleaderboard.importer.epoch.EpochAssertions.run;
import static org.llmleaderboard.importer.epoch.EpochAssertions.scores;

class EpochHubReaderTest {

    static SourceRecords bundled() throws IOException, UnreadableImportException {
        try (InputStream in = EpochHubReaderTest.class.getResourceAsStream("/bundled/epoch-benchmarking-hub.zip")) {
            return EpochHubReader.readZip(in);
        }
    }

    @Test
    void shouldReadEveryModelVersionAndScoreWhenGivenTheBundledExport() throws Exception {
        SourceRecords r = bundled();
        assertEquals(EpochHubReader.ORIGIN, r.origin());
        assertEquals("428 models, 3,333 scores, 0 offerings, 621 problems", r.summary());
        assertEquals(838, r.scores().stream().filter(s -> s.provenance() == Provenance.INDEPENDENT).count());
        assertEquals(198, r.scores().stream().filter(s -> s.benchmark().equals("eci")).count());
        EpochAssertions.assertEachModelOnce(r);
    }

    @Test
    void shouldFoldEffortAndHostFormsIntoOneModelWhenVersionsShareABase() throws Exception {
        SourceRecords r = bundled();
        SourceModel opus = model(r, "claude-opus-4-5-20251101");
        assertEquals("Claude Opus 4.5", opus.name());
        assertEquals("Anthropic", opus.lab());
        assertEquals(LocalDate.of(2025, 11, 24), opus.released());
        assertTrue(r.models().stream().noneMatch(m -> m.id().matches(".*_(high|xhigh|medium|low|none|unknown|\\d+K)")));
        assertTrue(scores(r, "claude-opus-4-5-20251101", "gpqa_diamond").stream()
                .anyMatch(s -> "thinking budget 32K".equals(s.setting())));
        SourceModel oss = model(r, "gpt-oss-120b");
        assertTrue(oss.aliases().contains("openai/gpt-oss-120b"));
        assertTrue(r.scores().stream().anyMatch(s -> s.modelId().equals("gpt-oss-120b")
                && "reasoning effort high; via openai".equals(s.setting())));
        assertEquals("Gemini 2.5 Pro (Jun 2025)", model(r, "gemini-2.5-pro").name());
        assertEquals("gemini-2.5-pro", model(r, "gemini-2.5-pro-preview-06-05").variantOf());
        assertEquals("GPT-5", model(r, "gpt-5-2025-08-07").name());
        assertEquals("GPT-4o", model(r, "gpt-4o-2024-05-13").name());
        assertEquals("GPT-4o (Aug 2024)", model(r, "gpt-4o-2024-08-06").name()); // its own display name: dated by the source
        assertEquals("gpt-4o-2024-05-13", model(r, "gpt-4o-2024-08-06").variantOf());
    }

    @Test
    void shouldGiveEpochsOwnRunsAsIndependentPercentsWithStderrAndLogs() throws Exception {
        SourceScore gpqa = run(bundled(), "AQF46S9hBhosKPEMy3fyB9");
        assertEquals("gpt-5.4-mini-2026-03-17", gpqa.modelId());
        assertEquals("gpqa_diamond", gpqa.benchmark());
        assertEquals("GPQA Diamond", gpqa.benchmarkName());
        assertEquals(83.58585858585859, gpqa.value(), 1e-9);
        assertEquals(2.2274469189069883, gpqa.stderr(), 1e-9);
        assertEquals(LocalDate.of(2026, 4, 15), gpqa.date());
        assertEquals(Provenance.INDEPENDENT, gpqa.provenance());
        assertEquals("reasoning effort high", gpqa.setting());
        assertTrue(gpqa.logUrl().startsWith("https://logs.epoch.ai/inspect-viewer/"));
        assertEquals("https://epoch.ai/benchmarks", gpqa.sourceUrl());
    }

    @Test
    void shouldKeepEachCollectedFilesOwnScaleWhenItIsNoFraction() throws Exception {
        SourceRecords r = bundled();
        SourceScore aider = scores(r, "gpt-oss-120b", "aider_polyglot").get(0);
        assertEquals(41.8, aider.value(), 1e-9);
        assertEquals("%", aider.unit());
        assertEquals(Provenance.COLLECTED, aider.provenance());
        SourceScore arena = run(r, "rec42aGstj0e6Rset");
        assertEquals(1556.29, arena.value(), 1e-9);
        assertEquals("Elo", arena.unit());
        assertEquals("reasoning effort unknown", arena.setting());
        assertEquals("minutes", run(r, "recF8cs4o1pSE7d15").unit());
        assertEquals(718.80683, run(r, "recF8cs4o1pSE7d15").value(), 1e-9);
        SourceScore bash = run(r, "recLrUUr2xkS6AftK");
        assertEquals("swe_bench_bash", bash.benchmark());
        assertEquals(76.8, bash.value(), 1e-9);
        assertEquals(LocalDate.of(2026, 2, 17), bash.date());
        assertEquals("https://www.swebench.com/", bash.sourceUrl());
        SourceScore hle = run(r, "recXvAi7z6kYifmzb");
        assertEquals(37.52, hle.value(), 1e-9);
        assertEquals(1.9, hle.stderr(), 1e-9);
        SourceScore eci = scores(r, "claude-opus-4-5-20251101", "eci").get(0);
        assertEquals(149.88378852383656, eci.value(), 1e-9);
        assertEquals("index", eci.unit());
        assertEquals(LocalDate.of(2026, 4, 16), eci.date());
    }

    @Test
    void shouldReadACheckoutDirectoryWhenItHasTheUpstreamLayout() throws Exception {
        SourceRecords r = EpochHubReader.read(SourceFiles.directory(EpochAssertions.fixture("epoch-benchmarking-hub"),
                EpochHubReader.files()));
        EpochAssertions.assertEachModelOnce(r);
        assertEquals(428, r.models().size());
        assertEquals(83.58585858585859, run(r, "AQF46S9hBhosKPEMy3fyB9").value(), 1e-9);
        assertEquals(1556.29, run(r, "rec42aGstj0e6Rset").value(), 1e-9);
        assertEquals(List.of("eci", "gpqa_diamond", "swe_bench_bash", "webdev_arena"),
                r.scores().stream().map(SourceScore::benchmark).distinct().sorted().toList());
    }

    @Test
    void shouldReportABrokenFileAsAProblemAndReadTheRest() throws Exception {
        Map<String, String> files = new TreeMap<>(SourceFiles.directory(EpochAssertions.fixture("epoch-benchmarking-hub"),
                EpochHubReader.files()));
        files.put("benchmark_data/broken_external.csv", "Model version,Score\ngpt-4o-2024-05-13,\"unclosed\n");
        files.put("benchmark_data/odd_external.csv", "Model version,Score,id\ngpt-4o-2024-05-13,n/a,recX\n");
        SourceRecords r = EpochHubReader.read(files);
        assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("benchmark_data/broken_external.csv is not readable CSV")));
        assertTrue(r.problems().contains("benchmark_data/odd_external.csv row 2: no Score"));
        assertFalse(r.scores().isEmpty());
        files.remove(EpochHubReader.ECI_FILE);
        assertThrows(UnreadableImportException.class, () -> EpochHubReader.read(files));
    }

    @Test
    void shouldKeepOnlyBenchmarkCsvsWhenGivenAZipOfTheMirror() {
        assertEquals("benchmark_data/gpqa_diamond.csv", EpochHubReader.files().apply("bayes-llm-saturation-main/benchmark_data/gpqa_diamond.csv"));
        assertNull(EpochHubReader.files().apply("benchmark_data/additional_eci_data/eci_scaling.csv"));
        assertNull(EpochHubReader.files().apply("benchmark_data/README.md"));
    }
}

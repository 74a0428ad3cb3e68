package org.llmleaderboard.importer.llmstats;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.llmstats.LlmStats.Contents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The llm-stats reader over the bundled copy (commit 24a9ccf) and over broken input. */
class LlmStatsReaderTest {

    static Contents bundled;

    @BeforeAll
    static void readBundled() throws Exception {
        try (InputStream zip = LlmStatsReaderTest.class.getClassLoader().getResourceAsStream("bundled/llm-stats.zip")) {
            bundled = LlmStatsReader.readZip(zip);
        }
    }

    @Test
    void shouldReadEveryFileOfTheBundledSet() {
        assertEquals("17 organizations, 169 models, 342 benchmarks, 2224 scores, 24 licences, 20 providers, 244 offerings, 0 problems",
                bundled.summary());
    }

    @Test
    void shouldReadAModelWithItsDatesLicenceAndParametersInBillions() {
        LlmStats.Model m = bundled.models().stream().filter(x -> x.id().equals("deepseek-r1-0528")).findFirst().orElseThrow();
        assertEquals("DeepSeek-R1-0528", m.name());
        assertEquals("deepseek", m.organizationId());
        assertEquals("deepseek-r1", m.fineTunedFromId());
        assertEquals(LocalDate.of(2025, 5, 28), m.releaseDate());
        assertEquals("mit", m.licenceId());
        assertEquals(671.0, m.parameters());
        assertEquals("2025-02", bundled.models().stream().filter(x -> x.id().equals("claude-haiku-4-5-20251015")).findFirst()
                .orElseThrow().knowledgeCutoff());
        assertEquals("https://huggingface.co/deepseek-ai/DeepSeek-R1", m.weightsUrl());
        LlmStats.Score gpqa = m.scores().stream().filter(s -> s.benchmarkId().equals("gpqa")).findFirst().orElseThrow();
        assertEquals(0.81, gpqa.score());
        assertTrue(gpqa.selfReported());
        assertEquals("Pass@1, Thinking mode", gpqa.analysisMethod());
        assertEquals("https://huggingface.co/deepseek-ai/DeepSeek-V3.1", gpqa.sourceUrl());
    }

    @Test
    void shouldKeepBenchmarkIdsAndScalesAsPublished() {
        LlmStats.Benchmark hle = bundled.benchmarks().stream().filter(b -> b.id().equals("humanity's-last-exam")).findFirst().orElseThrow();
        assertEquals(1.0, hle.maxScore());
        LlmStats.Benchmark codeforces = bundled.benchmarks().stream().filter(b -> b.id().equals("codeforces")).findFirst().orElseThrow();
        assertEquals(3000.0, codeforces.maxScore());
        assertEquals(331, bundled.benchmarks().stream().filter(b -> b.maxScore() == 1.0).count());
    }

    @Test
    void shouldConvertProviderPricesFromCentsToDollars() {
        LlmStats.Offering o = bundled.offerings().stream()
                .filter(x -> x.providerId().equals("deepinfra") && x.modelId().equals("deepseek-r1")).findFirst().orElseThrow();
        assertEquals(0.85, o.inputPrice());
        assertEquals(2.5, o.outputPrice());
        assertEquals(131072, o.contextWindow());
        assertFalse(o.deprecated());
    }

    @Test
    void shouldKeepSeveralScoresWithTheSameSetting() {
        LlmStats.Model m = bundled.models().stream().filter(x -> x.id().equals("mistral-small-3.2-24b-instruct-2506")).findFirst().orElseThrow();
        assertEquals(2, m.scores().stream().filter(s -> s.benchmarkId().equals("gpqa") && "5-shot CoT".equals(s.analysisMethod())).count());
    }

    @Test
    void shouldReportBrokenFilesWithPathAndReasonAndReadTheRest() {
        Contents c = LlmStatsReader.read(Map.of(
                "data/benchmarks/ok.json", "{\"benchmark_id\":\"ok\",\"name\":\"OK\",\"max_score\":1}",
                "data/benchmarks/broken.json", "{\"benchmark_id\": ",
                "data/benchmarks/nameless.json", "{\"benchmark_id\":\"x\"}",
                "data/organizations/acme/models/m1/model.json", "{\"model_id\":\"m1\",\"name\":\"M1\",\"organization_id\":\"other\"}",
                "data/organizations/acme/models/m2/model.json", "{\"model_id\":\"m2\",\"name\":\"M2\",\"organization_id\":\"acme\",\"param_count\":\"many\"}",
                "data/organizations/acme/models/m3/model.json", "{\"model_id\":\"m3\",\"name\":\"M3\",\"organization_id\":\"acme\",\"release_date\":\"2025-02-30\"}"));
        assertEquals(1, c.benchmarks().size());
        assertEquals(0, c.models().size());
        assertEquals(5, c.problems().size());
        Map<String, String> reasons = new java.util.HashMap<>();
        c.problems().forEach(p -> reasons.put(p.file(), p.reason()));
        assertTrue(reasons.get("data/benchmarks/broken.json").startsWith("not valid JSON"));
        assertEquals("missing `name`", reasons.get("data/benchmarks/nameless.json"));
        assertEquals("organization_id 'other' is not its folder 'acme'", reasons.get("data/organizations/acme/models/m1/model.json"));
        assertEquals("`param_count` must be a number, was \"many\"", reasons.get("data/organizations/acme/models/m2/model.json"));
        assertEquals("`release_date` is not a date (yyyy-mm-dd): '2025-02-30'", reasons.get("data/organizations/acme/models/m3/model.json"));
    }

    @Test
    void shouldReadAGitHubArchiveWithARootFolder() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("llm-leaderboard-main/data/licenses/mit.json"));
            zip.write("{\"license_id\":\"mit\",\"name\":\"MIT\",\"allow_commercial\":true,\"description\":\"MIT\"}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("llm-leaderboard-main/README.md"));
            zip.write("# readme".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Contents c = LlmStatsReader.readZip(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(1, c.licences().size());
        assertTrue(c.licences().get(0).allowCommercial());
        assertNull(c.licences().get(0).description() == null ? null : null);
    }
}

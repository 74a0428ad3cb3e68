package org.llmleaderboard.importer.modelsdev;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.identity.ModelNames;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceOffering;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The models.dev reader over the bundled copy (commit f3fc692), a checkout-shaped fixture, and broken input. */
class ModelsDevReaderTest {

    static SourceRecords bundled;

    @BeforeAll
    static void readBundled() throws Exception {
        try (InputStream zip = ModelsDevReaderTest.class.getResourceAsStream("/bundled/models-dev.zip")) {
            bundled = ModelsDevReader.readZip(zip);
        }
    }

    @Test
    void shouldReadEveryProviderFileOfTheBundledSetAsAnOffering() {
        // 155 files of image, video and audio generators are left out as problems (no text output), and so their models.
        assertEquals("1,197 models, 288 scores, 5,125 offerings, 163 problems", bundled.summary());
        assertEquals(155, bundled.problems().stream().filter(p -> p.contains("not a language model")).count());
        assertEquals("models-dev", bundled.origin());
    }

    @Test
    void shouldGiveEachModelOnceByIdAndByNameAndLab() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SourceModel m : bundled.models()) {
            assertTrue(ids.add(m.id()), "id twice: " + m.id());
            String nameAndLab = ModelNames.key(m.name()) + "|" + m.lab().toLowerCase(Locale.ROOT);
            assertTrue(names.add(nameAndLab), "name and lab twice: " + m.name() + " of " + m.lab());
        }
        bundled.offerings().forEach(o -> assertTrue(ids.contains(o.modelId()), o.toString()));
        bundled.scores().forEach(s -> assertTrue(ids.contains(s.modelId()), s.toString()));
        bundled.models().stream().filter(m -> m.variantOf() != null).forEach(m -> assertTrue(ids.contains(m.variantOf()), m.id()));
    }

    @Test
    void shouldReadALabLevelModelWithItsLimitsCutoffAndOfferings() {
        SourceModel gpt = model(bundled, "openai/gpt-5.2");
        assertEquals("GPT-5.2", gpt.name());
        assertEquals("openai", gpt.lab());
        assertEquals(LocalDate.of(2025, 12, 11), gpt.released());
        assertEquals(400_000, gpt.contextWindow());
        assertEquals("2025-08-31", gpt.knowledgeCutoff());
        assertEquals(Boolean.FALSE, gpt.openWeights());
        SourceOffering openai = offering(bundled, "openai", "gpt-5.2");
        assertEquals("openai/gpt-5.2", openai.modelId());
        assertEquals(1.75, openai.inputPrice());
        assertEquals(14.0, openai.outputPrice());
        assertEquals(0.175, openai.cacheReadPrice());
        assertEquals("OpenAI", openai.providerName());
        assertEquals("https://platform.openai.com/docs/models", openai.sourceUrl());
    }

    @Test
    void shouldGroupOneModelsProviderIdsAcrossGatewaysAndBedrockStyleIds() {
        SourceModel sonnet = model(bundled, "anthropic/claude-sonnet-4-6");
        assertTrue(sonnet.aliases().containsAll(List.of("anthropic/claude-sonnet-4.6", "anthropic.claude-sonnet-4-6",
                "anthropic--claude-4.6-sonnet")), sonnet.aliases().toString());
        assertEquals("anthropic/claude-opus-4-5", offering(bundled, "openrouter", "anthropic/claude-opus-4.5").modelId());
    }

    @Test
    void shouldNameDatedSnapshotsWithTheirDateAsVariantsOfThePlainModel() {
        SourceModel snapshot = model(bundled, "openai/gpt-4o-2024-08-06");
        assertEquals("GPT-4o 2024-08-06", snapshot.name());
        assertEquals("openai/gpt-4o", snapshot.variantOf());
        SourceModel opus = model(bundled, "anthropic/claude-opus-4-5-20251101");
        assertEquals("Claude Opus 4.5 2025-11-01", opus.name());
        assertEquals("anthropic/claude-opus-4-5", opus.variantOf());
        assertEquals("Claude Opus 4.5", model(bundled, "anthropic/claude-opus-4-5").name()); // upstream: "(latest)"
    }

    @Test
    void shouldFoldEffortSuffixesIntoTheBaseModelUnlessPricedApart() {
        assertTrue(model(bundled, "zhipuai/glm-4.5").aliases().contains("zai-org/GLM-4.5:thinking"));
        for (SourceModel m : bundled.models()) {
            String last = m.id().substring(m.id().indexOf('/') + 1);
            if (last.matches(".*(:thinking|-thinking|:high|:low|:medium|:max)$") && !m.id().equals("moonshotai/kimi-k2-thinking")
                    && !m.id().equals("alibaba/qwen3-next-80b-a3b-thinking")) {
                assertTrue(m.variantOf() != null, "a setting kept apart must say of what: " + m.id());
            }
        }
        SourceModel maxThinking = model(bundled, "qwen/qwen3-max-thinking"); // Kilo: $0.78 beside Qwen3 Max's $1.20
        assertEquals("alibaba/qwen3-max", maxThinking.variantOf());
    }

    @Test
    void shouldKeepMonthDatesAsMonthsAndDropThe1970Placeholder() {
        SourceModel qwen = model(bundled, "qwen/qwen3-8b");
        assertEquals(LocalDate.of(2025, 4, 1), qwen.released());
        assertEquals(DatePrecision.MONTH, qwen.releasePrecision());
        SourceRecords fixture = fixture();
        assertNull(model(fixture, "unknown/kimi-k2.5").released());
        assertEquals("Kimi-K2.5", model(fixture, "unknown/kimi-k2.5").name());
    }

    @Test
    void shouldReadBenchmarksUnderOneIdPerSpellingWithUnitsSettingsAndProvenance() {
        Map<String, Set<String>> namesById = new TreeMap<>();
        bundled.scores().forEach(s -> namesById.computeIfAbsent(s.benchmark(), k -> new HashSet<>()).add(s.benchmarkName()));
        assertEquals(24, namesById.size(), namesById.toString());
        namesById.forEach((id, names) -> assertEquals(1, names.size(), id + ": " + names));
        assertEquals(40, bundled.scores().stream().filter(s -> s.benchmark().equals("swe-bench-pro")).count());
        assertEquals(26, bundled.scores().stream().filter(s -> s.benchmark().equals("terminal-bench-2.1")).count());
        SourceScore pro = score(bundled, "anthropic/claude-opus-4-5-20251101", "swe-bench-pro");
        assertEquals(45.89, pro.value());
        assertEquals("%", pro.unit());
        assertEquals("dataset public", pro.setting());
        assertEquals(Provenance.COLLECTED, pro.provenance());
        assertEquals("https://labs.scale.com/leaderboard/swe_bench_pro_public", pro.sourceUrl());
        SourceScore own = score(bundled, "anthropic/claude-opus-4-8", "swe-bench-pro");
        assertEquals(69.2, own.value());
        assertEquals(Provenance.SELF_REPORTED, own.provenance());
        assertEquals(LocalDate.of(2026, 5, 28), own.date());
        assertEquals(39, bundled.scores().stream().filter(s -> s.unit().equals("index")).count());
        assertTrue(bundled.scores().stream().anyMatch(s -> "reasoning effort medium, harness Claude Code".equals(s.setting())),
                "variant medium is an effort");
    }

    @Test
    void shouldReadACheckoutDirectoryAndIgnoreFilesWithoutToml() {
        SourceRecords fixture = fixture();
        assertEquals("10 models, 6 scores, 14 offerings, 0 problems", fixture.summary());
        assertEquals(1, fixture.offerings().stream().filter(o -> o.providerModelId().equals("qwen/qwen3-coder-next")).count());
        SourceOffering thinking = offering(fixture, "302ai", "claude-opus-4-5-20251101-thinking");
        assertEquals("anthropic/claude-opus-4-5-20251101", thinking.modelId()); // same price as the plain id: one model
        assertEquals("qwen/qwen3-max", model(fixture, "qwen/qwen3-max-thinking").variantOf());
        assertEquals("Qwen3 Max", model(fixture, "qwen/qwen3-max").name()); // Kilo writes "Qwen: Qwen3 Max"
    }

    @Test
    void shouldReadGitHubsZipOfACheckoutUnderItsTopFolder() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : SourceFiles.directory(fixtureRoot(), name -> name).entrySet()) {
                zip.putNextEntry(new ZipEntry("models.dev-f3fc692/" + f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry("models.dev-f3fc692/providers/openai/logo.svg"));
            zip.write("<svg/>".getBytes(StandardCharsets.UTF_8));
        }
        SourceRecords read = ModelsDevReader.readZip(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(fixture().summary(), read.summary());
        assertEquals(fixture().models(), read.models());
    }

    @Test
    void shouldReportAMalformedFileAndReadTheRest() throws Exception {
        Map<String, String> files = new TreeMap<>(SourceFiles.directory(fixtureRoot(), ModelsDevReader.files()));
        files.put("providers/openai/models/broken.toml", "name = \"Broken\nreasoning = maybe\n");
        files.put("providers/openai/models/orphan.toml", "base_model = \"openai/no-such-model\"\nname = \"Orphan\"\n");
        SourceRecords read = ModelsDevReader.read(files);
        assertEquals(2, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).startsWith("providers/openai/models/broken.toml: not readable TOML"), read.problems().get(0));
        assertTrue(read.problems().get(1).contains("base_model 'openai/no-such-model' is not a file in models/"));
        assertEquals(15, read.offerings().size());
    }

    @Test
    void shouldRefuseInputWithoutAnyModelFile() {
        assertThrows(UnreadableImportException.class, () -> ModelsDevReader.read(Map.of("README.md", "# not models.dev")));
    }

    private static Path fixtureRoot() {
        try {
            return Path.of(ModelsDevReaderTest.class.getResource("/fixtures/models-dev").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SourceRecords fixture() {
        try {
            return ModelsDevReader.read(SourceFiles.directory(fixtureRoot(), ModelsDevReader.files()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SourceModel model(SourceRecords records, String id) {
        return records.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private static SourceOffering offering(SourceRecords records, String provider, String providerModelId) {
        return records.offerings().stream().filter(o -> o.provider().equals(provider) && o.providerModelId().equals(providerModelId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + provider + " " + providerModelId));
    }

    private static SourceScore score(SourceRecords records, String modelId, String benchmark) {
        return records.scores().stream().filter(s -> s.modelId().equals(modelId) && s.benchmark().equals(benchmark)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + benchmark + " of " + modelId));
    }
}

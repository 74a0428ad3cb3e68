package org.llmleaderboard.importer.genaiprices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceOffering;
import org.llmleaderboard.importer.source.SourceRecords;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** genai-prices' provider YAML files (commit 47df840, 2026-08-21): the bundled copy, a checkout's layout, broken input. */
class GenaiPricesReaderTest {

    static SourceRecords bundled;

    @BeforeAll
    static void readBundled() throws Exception {
        try (InputStream zip = GenaiPricesReaderTest.class.getResourceAsStream("/bundled/genai-prices.zip")) {
            bundled = GenaiPricesReader.readZip(zip);
        }
    }

    @Test
    void shouldReadEveryProviderFileOfTheBundledSnapshot() {
        assertEquals("genai-prices", bundled.origin());
        assertEquals("752 models, 0 scores, 1,302 offerings, 174 problems", bundled.summary());
        assertEquals(36, bundled.offerings().stream().map(SourceOffering::provider).distinct().count());
    }

    @Test
    void shouldGiveClaudeSonnet5OnceWithAnOfferingPerProviderEntry() {
        SourceModel sonnet = model(bundled, "anthropic/claude-sonnet-5");
        assertEquals("Claude Sonnet 5", sonnet.name());
        assertEquals("Anthropic", sonnet.lab());
        assertEquals(1_000_000, sonnet.contextWindow());
        assertTrue(sonnet.aliases().containsAll(List.of("global.anthropic.claude-sonnet-5-v1:0", "regional.anthropic.claude-sonnet-5-v1:0")));
        List<SourceOffering> offerings = offerings(bundled, "anthropic/claude-sonnet-5");
        assertEquals(List.of("claude-sonnet-5", "global.anthropic.claude-sonnet-5-v1:0", "regional.anthropic.claude-sonnet-5-v1:0",
                "anthropic/claude-sonnet-5"), offerings.stream().map(SourceOffering::providerModelId).toList());
        SourceOffering anthropic = offerings.get(0);
        assertEquals("Anthropic", anthropic.providerName());
        assertEquals(2.0, anthropic.inputPrice()); // the introductory price, in force until 2026-08-31
        assertEquals(10.0, anthropic.outputPrice());
        assertEquals(0.2, anthropic.cacheReadPrice());
        assertEquals(LocalDate.of(2026, 7, 29), anthropic.checked());
        assertEquals("https://www.anthropic.com/pricing#api", anthropic.sourceUrl());
        assertEquals(2.2, offerings.get(2).inputPrice()); // Bedrock's regional endpoints cost 10% more
        assertEquals("AWS Bedrock", offerings.get(2).providerName());
    }

    @Test
    void shouldTakeThePriceInForceOnTheSnapshotDateAndReportLaterChanges() {
        SourceOffering o3 = offerings(bundled, "openai/o3").get(0);
        assertEquals(2.0, o3.inputPrice()); // cut from 10 to 2 on 2025-06-10
        assertEquals(8.0, o3.outputPrice());
        SourceOffering terra = offerings(bundled, "openai/gpt-5.6-terra").stream().filter(o -> o.provider().equals("openai"))
                .findFirst().orElseThrow();
        assertEquals(2.0, terra.inputPrice()); // the tiered price from 2026-07-30, its base tier
        assertEquals(12.0, terra.outputPrice());
        assertTrue(bundled.problems().contains("anthropic claude-sonnet-5: price from 2026-09-01 not yet in force on 2026-08-21, left out"));
        assertTrue(bundled.problems().contains("google gemini-3.7-flash: price from 2027-01-01 not yet in force on 2026-08-21, left out"));
    }

    @Test
    void shouldKeepTheBaseTierOfATieredPrice() {
        SourceOffering gemini = offerings(bundled, "google/gemini-2.5-pro").get(0);
        assertEquals("gemini-2.5-pro", gemini.providerModelId());
        assertEquals(1.25, gemini.inputPrice()); // 2.50 above 200K input tokens
        assertEquals(10.0, gemini.outputPrice());
    }

    @Test
    void shouldNameADatedSnapshotAfterItsModelAndLeaveTheGroupingToTheMerge() {
        SourceModel snapshot = model(bundled, "anthropic/claude-sonnet-4-5-20250929");
        assertEquals("Claude Sonnet 4.5 2025-09-29", snapshot.name());
        assertNull(snapshot.variantOf());
        assertEquals("Claude Sonnet 4.5", model(bundled, "anthropic/claude-sonnet-4-5").name());
    }

    @Test
    void shouldFoldFreeThinkingAndExtendedTiersIntoTheirModel() {
        assertTrue(model(bundled, "mistral/devstral-small").aliases().contains("devstral-small:free"));
        assertTrue(model(bundled, "google/gemini-2.5-flash-preview").aliases().contains("google/gemini-2.5-flash-preview:thinking"));
        assertTrue(model(bundled, "minimax/minimax-m1").aliases().contains("minimax-m1:extended"));
        assertTrue(bundled.models().stream().noneMatch(m -> m.id().contains(":") || m.name().contains("(free)")));
    }

    @Test
    void shouldGiveNoTwoModelsTheSameIdOrNameAndLab() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SourceModel m : bundled.models()) {
            assertTrue(ids.add(m.id()), m.id());
            assertTrue(names.add(m.name().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ") + "|" + m.lab()), m.name());
        }
        // OpenAI names both gpt-4 and gpt-4-32k "gpt 4": the ids tell them apart
        assertEquals("GPT-4", model(bundled, "openai/gpt-4").name());
        assertEquals("GPT-4 32K", model(bundled, "openai/gpt-4-32k").name());
        Set<String> modelIds = bundled.models().stream().map(SourceModel::id).collect(Collectors.toSet());
        assertTrue(bundled.offerings().stream().allMatch(o -> modelIds.contains(o.modelId())));
    }

    @Test
    void shouldLeaveOutMovingAliasesAndFreeEntriesWithAReason() {
        assertTrue(bundled.problems().contains(
                "prices/providers/openrouter.yml: ~anthropic/claude-opus-latest is a moving alias ('~'), not a model, left out"));
        assertTrue(bundled.problems().contains("mistral devstral-small:free: no prices (free), no offering"));
    }

    @Test
    void shouldReadACheckoutDirectoryInTheUpstreamLayout() throws Exception {
        SourceRecords fixture = GenaiPricesReader.read(fixture());
        assertEquals("95 models, 0 scores, 116 offerings, 5 problems", fixture.summary());
        assertEquals(3, offerings(fixture, "anthropic/claude-sonnet-5").size());
        SourceOffering deepseek = offerings(fixture, "deepseek/deepseek-chat").get(0);
        assertEquals(0.135, deepseek.inputPrice()); // upstream's default: the off-peak price
        assertTrue(fixture.problems().contains(
                "deepseek deepseek-chat: price for 00:30:00Z–16:30:00Z UTC only, left out (the unconstrained price is kept)"));
    }

    @Test
    void shouldReportAMalformedProviderFileAndReadTheOthers() throws Exception {
        Map<String, String> files = new TreeMap<>(fixture());
        files.put("prices/providers/broken.yml", "name: Broken\nid: broken\nmodels: [ {id: x, prices: {input_mtok: 1}\n");
        SourceRecords read = GenaiPricesReader.read(files);
        assertEquals(116, read.offerings().size());
        assertTrue(read.problems().stream().anyMatch(p -> p.startsWith("prices/providers/broken.yml: not YAML")), read.problems().toString());
    }

    @Test
    void shouldRefuseInputWithoutProviderFiles() {
        assertThrows(UnreadableImportException.class, () -> GenaiPricesReader.read(Map.of("README.md", "# nothing")));
    }

    private static Map<String, String> fixture() throws Exception {
        return SourceFiles.directory(Path.of(GenaiPricesReaderTest.class.getResource("/fixtures/genai-prices").toURI()),
                GenaiPricesReader.files());
    }

    private static SourceModel model(SourceRecords records, String id) {
        return records.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static List<SourceOffering> offerings(SourceRecords records, String modelId) {
        List<SourceOffering> list = records.offerings().stream().filter(o -> o.modelId().equals(modelId)).toList();
        assertFalse(list.isEmpty(), modelId);
        return list;
    }
}

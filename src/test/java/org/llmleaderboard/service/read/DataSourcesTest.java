package org.llmleaderboard.service.read;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.DataSource;
import org.llmleaderboard.domain.DataSources;
import org.llmleaderboard.importer.markdown.MarkdownSet;
import org.llmleaderboard.service.load.BundledDataLoader;
import org.llmleaderboard.service.load.llmstats.LlmStatsSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry names each bundled source as its importer marks and cites its rows, and as its load claims it. */
class DataSourcesTest {

    @Test
    void shouldMatchTheOriginsCitationsAndLoadNamesTheImportersWriteWhenTheRegistryListsTheBundledSources() {
        assertEquals(List.of("aicomputing101", "llm-stats", "deepseek-statistics", "models-dev", "epoch-ai-models", "epoch-benchmarking-hub",
                "epoch-benchmark-stitching", "helm", "livebench", "aider", "genai-prices"), DataSources.ALL.stream().map(DataSource::id).toList());
        // The open sources load in the registry's order, each with the reader whose origin is its id.
        assertEquals(DataSources.ALL.subList(3, 11), org.llmleaderboard.service.load.source.SourceFormats.ALL.stream()
                .map(org.llmleaderboard.service.load.source.SourceFormat::source).toList());
        assertEquals(List.of("models-dev", "epoch-ai-models", "epoch-benchmarking-hub", "epoch-benchmark-stitching", "helm", "livebench",
                "aider", "genai-prices"), List.of(org.llmleaderboard.importer.modelsdev.ModelsDevReader.ORIGIN,
                org.llmleaderboard.importer.epoch.EpochModelsReader.ORIGIN, org.llmleaderboard.importer.epoch.EpochHubReader.ORIGIN,
                org.llmleaderboard.importer.epoch.EpochStitchingReader.ORIGIN, org.llmleaderboard.importer.helm.HelmReader.ORIGIN,
                org.llmleaderboard.importer.livebench.LiveBenchReader.ORIGIN, org.llmleaderboard.importer.aider.AiderReader.ORIGIN,
                org.llmleaderboard.importer.genaiprices.GenaiPricesReader.ORIGIN));
        assertEquals(MarkdownSet.SOURCE_CITATION, DataSources.MARKDOWN_SET.citation());
        assertEquals(BundledDataLoader.DATA_SET, DataSources.MARKDOWN_SET.dataLoad());
        assertEquals(LlmStatsSource.ORIGIN, DataSources.LLM_STATS.id());
        assertEquals(LlmStatsSource.SOURCE_CITATION, DataSources.LLM_STATS.citation());
        assertEquals(BundledDataLoader.LLM_STATS_DATA_SET, DataSources.LLM_STATS.dataLoad());
        assertEquals("deepseek-statistics-facts@1", DataSources.DEEPSEEK_STATISTICS.dataLoad());
    }

    @Test
    void shouldResolveAScoresSourceByOriginElseByCitationAndNoneForAnEditWhenAsked() {
        assertEquals(DataSources.LLM_STATS, DataSources.of("llm-stats", LlmStatsSource.SOURCE_CITATION).orElseThrow());
        assertEquals(DataSources.MARKDOWN_SET, DataSources.of(null, MarkdownSet.SOURCE_CITATION).orElseThrow());
        assertTrue(DataSources.of(null, "Lab blog, 2026").isEmpty(), "an editor's citation");
        assertTrue(DataSources.of(null, null).isEmpty(), "an editor's score without a citation");
    }

    @Test
    void shouldDateTheDataByTheNewestSnapshotWhenSourcesDiffer() {
        assertEquals(LocalDate.of(2026, 8, 21), DataSources.newestSnapshot());
        assertEquals("24a9ccf", DataSources.LLM_STATS.commit());
    }

    @Test
    void shouldCreditTheLicensedSourcesInTheFooterAndLeaveTheUnlicensedPageToSources() {
        assertEquals(DataSources.ALL.stream().filter(s -> s != DataSources.DEEPSEEK_STATISTICS).toList(), DataSources.inFooter());
    }
}

package org.llmleaderboard.importer.epoch;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceRecords;

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

class EpochModelsReaderTest {

    @Test
    void shouldReadTheLanguageModelsOfTheThreeTablesOnceWhenGivenTheBundledExport() throws Exception {
        SourceRecords r;
        try (InputStream in = getClass().getResourceAsStream("/bundled/epoch-ai-models.zip")) {
            r = EpochModelsReader.readZip(in);
        }
        assertEquals(EpochModelsReader.ORIGIN, r.origin());
        assertEquals("754 models, 0 scores, 0 offerings, 0 problems", r.summary());
        EpochAssertions.assertEachModelOnce(r);
        assertTrue(r.models().stream().noneMatch(m -> m.id().equals("AlphaGo Zero")), "games are no language models");
        SourceModel llama = model(r, "Llama 2-70B");
        assertEquals("Meta AI", llama.lab());
        assertEquals(LocalDate.of(2023, 7, 18), llama.released());
        assertEquals(70.0, llama.parameters(), 1e-9);
        assertEquals(2000.0, llama.trainingTokens(), 1e-9);
        assertEquals(Boolean.TRUE, llama.openWeights());
        SourceModel exaone = model(r, "K-EXAONE");
        assertEquals(236.0, exaone.parameters(), 1e-9);
        assertEquals(11000.0, exaone.trainingTokens(), 1e-9);
        assertEquals(Boolean.FALSE, exaone.openWeights());
        assertEquals("https://huggingface.co/LGAI-EXAONE", exaone.url());
    }

    @Test
    void shouldReadACheckoutDirectoryAndTakeTheFirstLinkOfACell() throws Exception {
        Map<String, String> files = new TreeMap<>(SourceFiles.directory(EpochAssertions.fixture("epoch-ai-models"),
                EpochModelsReader.files()));
        SourceRecords r = EpochModelsReader.read(files);
        assertEquals(List.of("Claude 2", "DeepSeek-V3", "K-EXAONE", "Llama 2-70B"), r.models().stream().map(SourceModel::id).toList());
        SourceModel claude = model(r, "Claude 2");
        assertEquals("https://www.anthropic.com/index/claude-2", claude.url());
        assertNull(claude.parameters());
        assertEquals("Anthropic", claude.lab());
        assertFalse(claude.openWeights());
    }

    @Test
    void shouldReportARowWithoutANameAndRefuseFilesThatAreNoExport() throws Exception {
        Map<String, String> files = new TreeMap<>(SourceFiles.directory(EpochAssertions.fixture("epoch-ai-models"),
                EpochModelsReader.files()));
        files.put("ai_models/large_scale_ai_models.csv", "Model,Domain,Parameters\n,Language,7000000000\n");
        assertEquals(List.of("ai_models/large_scale_ai_models.csv row 2: no model name"), EpochModelsReader.read(files).problems());
        files.put("ai_models/large_scale_ai_models.csv", "Name,Parameters\nx,1\n");
        assertThrows(UnreadableImportException.class, () -> EpochModelsReader.read(files));
        assertThrows(UnreadableImportException.class, () -> EpochModelsReader.read(Map.of()));
    }
}

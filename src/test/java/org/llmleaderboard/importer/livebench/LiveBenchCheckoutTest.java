package org.llmleaderboard.importer.livebench;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceRecords;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The LiveBench reader over a checkout directory ({@code fixtures/livebench}: two releases' real files, upstream layout)
 * and over broken files: a bad file or cell is a problem line, no release at all is an unreadable input.
 */
class LiveBenchCheckoutTest {

    static Map<String, String> checkout() throws Exception {
        Path root = Path.of(LiveBenchCheckoutTest.class.getResource("/fixtures/livebench").toURI());
        return SourceFiles.directory(root, LiveBenchReader.files());
    }

    @Test
    void shouldReadACheckoutDirectoryInItsUpstreamLayout() throws Exception {
        Map<String, String> files = checkout();
        assertEquals(5, files.size(), files.keySet().toString());
        SourceRecords records = LiveBenchReader.read(files);
        // 65 rows × (6 categories + average) in 2024-11-25, 127 × (7 + average) in 2026-01-08
        assertEquals("141 models, 1,471 scores, 0 offerings, 0 problems", records.summary());
        assertTrue(records.scores().stream().anyMatch(s -> s.modelId().equals("phi-3-small-8k-instruct")
                && s.benchmark().equals("livebench/language") && s.release().equals("2024-11-25") && s.value() == 12.944));
    }

    @Test
    void shouldReportAnUnreadableCategoriesFileAndABadCellAsProblems() throws Exception {
        Map<String, String> files = new TreeMap<>(checkout());
        files.put("public/categories_2024_11_25.json", "{ not json");
        files.put("public/table_2026_01_08.csv", files.get("public/table_2026_01_08.csv")
                .replaceFirst("\narcee-trinity-large-preview,61.0,", "\narcee-trinity-large-preview,n/a,"));
        SourceRecords records = LiveBenchReader.read(files);
        assertEquals(2, records.problems().size(), records.problems().toString());
        assertTrue(records.problems().get(0).startsWith("public/table_2024_11_25.csv: release left out"), records.problems().get(0));
        assertEquals("public/table_2026_01_08.csv line 1: arcee-trinity-large-preview AMPS_Hard 'n/a' is not a number",
                records.problems().get(1));
        assertTrue(records.scores().stream().noneMatch(s -> "2024-11-25".equals(s.release())));
    }

    @Test
    void shouldDeriveNamesWhenTheModelFactsAreMissing() throws Exception {
        Map<String, String> files = new TreeMap<>(checkout());
        files.remove("extracted/model_links.json");
        SourceRecords records = LiveBenchReader.read(files);
        assertEquals("extracted/model_links.json: missing; model names derived from the ids", records.problems().get(0));
        assertTrue(records.models().stream().anyMatch(m -> m.id().equals("claude-opus-4-5-20251101")
                && m.name().equals("Claude Opus 4.5 2025-11-01") && m.lab().equals("Anthropic")));
    }

    @Test
    void shouldRefuseFilesWithoutAnyRelease() {
        assertThrows(UnreadableImportException.class, () -> LiveBenchReader.read(Map.of("README.md", "# not LiveBench")));
    }
}

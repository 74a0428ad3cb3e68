package org.llmleaderboard.importer.aider;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceRecords;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aider reader over a checkout directory ({@code fixtures/aider}: the real polyglot and refactoring files, upstream
 * layout) and over broken files: a bad file or run is a problem line, no leaderboard at all is an unreadable input.
 */
class AiderCheckoutTest {

    static Map<String, String> checkout() throws Exception {
        Path root = Path.of(AiderCheckoutTest.class.getResource("/fixtures/aider").toURI());
        return SourceFiles.directory(root, AiderReader.files());
    }

    @Test
    void shouldReadACheckoutDirectoryInItsUpstreamLayout() throws Exception {
        Map<String, String> files = checkout();
        assertEquals(2, files.size(), files.keySet().toString());
        SourceRecords records = AiderReader.read(files);
        assertTrue(records.problems().contains("aider/website/_data/edit_leaderboard.yml: missing"), records.problems().toString());
        assertEquals(66 + 14, records.scores().size());
        assertTrue(records.scores().stream().anyMatch(s -> s.modelId().equals("o3-pro") && s.value() == 84.9
                && "edit format diff, reasoning effort high".equals(s.setting())));
    }

    @Test
    void shouldReportABrokenFileAndARunWithoutAScoreAsProblems() throws Exception {
        Map<String, String> files = new TreeMap<>(checkout());
        files.put("aider/website/_data/refactor_leaderboard.yml", "- model: [unclosed");
        files.put("aider/website/_data/polyglot_leaderboard.yml", files.get("aider/website/_data/polyglot_leaderboard.yml")
                .replaceFirst("pass_rate_2: 35.6", "pass_rate_2: lost"));
        SourceRecords records = AiderReader.read(files);
        assertTrue(records.problems().contains(
                "aider/website/_data/polyglot_leaderboard.yml run 1: 'Gemini 2.0 Pro exp-02-05' has no numeric pass_rate_2; left out"),
                records.problems().toString());
        assertTrue(records.problems().stream().anyMatch(p -> p.startsWith("aider/website/_data/refactor_leaderboard.yml: not YAML")),
                records.problems().toString());
        assertEquals(65, records.scores().size());
    }

    @Test
    void shouldKeepOnlyTheLeaderboardsAtTheRootOrUnderGitHubsTopFolder() {
        assertEquals("aider/website/_data/polyglot_leaderboard.yml",
                AiderReader.files().apply("aider-main/aider/website/_data/polyglot_leaderboard.yml"));
        assertNull(AiderReader.files().apply("aider/website/_data/blame.yml"));
        assertNull(AiderReader.files().apply("aider/website/_data/quant.yml"));
    }

    @Test
    void shouldRefuseFilesWithoutAnyLeaderboard() {
        assertThrows(UnreadableImportException.class, () -> AiderReader.read(Map.of("README.md", "# aider")));
    }
}

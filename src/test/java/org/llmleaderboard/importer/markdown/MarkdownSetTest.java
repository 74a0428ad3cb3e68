package org.llmleaderboard.importer.markdown;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.ImportedModel;
import org.llmleaderboard.importer.ImportedScore;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The markdown set as an import batch: the rules the bundled load and the upload now share. */
class MarkdownSetTest {

    private static final String MODEL = """
            # Model One

            > Reasoning

            **Organization:** [Org Line Name](../../labs/x-lab.md)
            **Released:** May/2024
            **Access:** 🟢 Public
            **Last Updated:** 2025-01-02

            | Benchmark | Score |
            |---|---|
            | **GPQA** | 51.5 |
            """;

    @Test
    void shouldGiveLabPagesAsNamesOnlyAndNameAModelsLabByItsPage() {
        ImportBatch batch = MarkdownLeaderboardReader.read(Map.of(
                "labs/x-lab.md", "# X Lab\n",
                "labs/empty-lab.md", "# Empty Lab\n",
                "models/x-lab/one.md", MODEL)).toBatch();
        assertEquals(List.of("empty-lab", "x-lab"), batch.labs().stream().map(l -> l.slug()).toList());
        assertFalse(batch.labs().get(0).complete());
        ImportedModel m = batch.models().get(0);
        assertEquals("X Lab", m.labName());
        assertEquals("Public", m.access());
        assertEquals(LocalDate.of(2025, 1, 2), m.lastUpdated());
        ImportedScore s = m.scores().get(0);
        assertEquals("gpqa", s.benchmark());
        assertEquals(MarkdownSet.SOURCE_REPOSITORY + "models/x-lab/one.md", s.sourceUrl());
        assertEquals("2025-01-02", s.date());
        assertNull(s.headline());
    }

    @Test
    void shouldNameALabWithoutAPageByTheOrganizationLine() {
        ImportBatch batch = MarkdownLeaderboardReader.read(Map.of("models/x-lab/one.md", MODEL)).toBatch();
        assertEquals("Org Line Name", batch.models().get(0).labName());
    }

    @Test
    void shouldNoteThePlaceholderSheetAndRejectAnyOtherUnreadablePage() {
        ImportBatch batch = MarkdownLeaderboardReader.read(Map.of(
                "models/about-this-sheet.md", "# About\n",
                "models/x-lab/broken.md", "no title")).toBatch();
        assertEquals(1, batch.notes().size());
        assertEquals(List.of("models/x-lab/broken.md"), batch.rejections().stream().map(r -> r.key()).toList());
    }
}

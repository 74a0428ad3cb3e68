package org.llmleaderboard.service.read;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.repository.ScoreRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A model's headline as of a date, among the scores that count then (plain JUnit). */
class AsOfHeadlinesTest {

    @Test
    void shouldKeepTheHeadlineWhenItCounts() {
        Map<String, Double> values = AsOfHeadlines.of(List.of(
                row("gpqa", 88.9, true, "https://x.ai/news/grok-4", null, LocalDate.of(2025, 7, 9)),
                row("gpqa", 87.5, false, "https://x.ai/news/grok-4", true, LocalDate.of(2025, 7, 19))));
        assertEquals(Map.of("gpqa", 88.9), values);
    }

    @Test
    void shouldTakeTheScoreWithASourceThenThirdPartyThenNewestWhenTheHeadlineDoesNotCountYet() {
        Map<String, Double> values = AsOfHeadlines.of(List.of(
                row("gpqa", 90.0, false, null, false, LocalDate.of(2025, 7, 20)),
                row("gpqa", 87.5, false, "https://x.ai/news/grok-4", true, LocalDate.of(2025, 7, 19)),
                row("gpqa", 86.0, false, "https://x.ai/news/grok-4", true, LocalDate.of(2025, 7, 21)),
                row("gpqa", 85.0, false, "https://example.org/run", false, LocalDate.of(2025, 7, 1)),
                row("mmlu", 91.0, false, null, null, null)));
        assertEquals(Map.of("gpqa", 85.0, "mmlu", 91.0), values);
    }

    @Test
    void shouldBreakTiesByTheRepositorysOrderBestValueFirst() {
        Map<String, Double> values = AsOfHeadlines.of(List.of(
                row("gpqa", 87.5, false, "https://x.ai", true, LocalDate.of(2025, 7, 19)),
                row("gpqa", 84.6, false, "https://x.ai", true, LocalDate.of(2025, 7, 19))));
        assertEquals(Map.of("gpqa", 87.5), values);
    }

    private static ScoreRow row(String benchmark, double value, boolean headline, String sourceUrl, Boolean selfReported,
            LocalDate date) {
        return new ScoreRow(1L, "xai/grok-4", benchmark, value, null, selfReported, sourceUrl, null, date, headline, "llm-stats",
                null, null, null, null, null, "unspecified", "%", 0.0, 100.0, "Grok 4", null, null, null, null, null, null);
    }
}

package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseDatePrecisionTest {

    @Test
    void shouldShowEachPrecisionOneWayWhateverTheSourceWrote() {
        // The markdown set writes `Aug/2025`, llm-stats `2025-01-20`: both read the same way.
        assertEquals("Aug 2025", ReleaseDate.parse("Aug/2025").display());
        assertEquals("20 Jan 2025", ReleaseDate.parse("2025-01-20").display());
        assertEquals("2024", ReleaseDate.parse("2024").display());
        assertNull(ReleaseDate.parse("TBA").display());
    }

    @Test
    void shouldRefineAMonthByADayWithinItAndKeepItForADayOutsideIt() {
        // DeepSeek-R1: Jan/2025 in the markdown set, 2025-01-20 in llm-stats: the most specific wins.
        assertEquals(new ReleaseDate(LocalDate.of(2025, 1, 20), DatePrecision.DAY),
                ReleaseDate.parse("Jan/2025").refinedBy(LocalDate.of(2025, 1, 20)));
        // Grok 4 Fast: Sep/2025 in the markdown set, 2025-08-28 in llm-stats: a disagreement, the month stays.
        ReleaseDate grok = ReleaseDate.parse("Sep/2025");
        assertFalse(grok.agreesWith(LocalDate.of(2025, 8, 28)));
        assertEquals(grok, grok.refinedBy(LocalDate.of(2025, 8, 28)));
        // TBA takes any day a source gives.
        assertEquals(DatePrecision.DAY, ReleaseDate.parse("TBA").refinedBy(LocalDate.of(2025, 5, 20)).precision());
        assertTrue(ReleaseDate.parse("2024").agreesWith(LocalDate.of(2024, 3, 15)));
    }
}

package org.llmleaderboard.query;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule of "as of a date": which texts are dates, which dates are refused, which scores count (plain JUnit). */
class AsOfTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void shouldReadOnlyIsoDates() {
        assertEquals(Optional.of(LocalDate.of(2025, 6, 1)), AsOf.parse("2025-06-01"));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 1)), AsOf.parse(" 2025-06-01 "));
        assertTrue(AsOf.parse("2025-6-1").isEmpty());
        assertTrue(AsOf.parse("20250601").isEmpty());
        assertTrue(AsOf.parse("2025-02-30").isEmpty());
        assertTrue(AsOf.parse("2025-06-01T00:00").isEmpty());
        assertTrue(AsOf.parse("June 2025").isEmpty());
        assertTrue(AsOf.parse(null).isEmpty());
    }

    @Test
    void shouldRefuseADateBefore2018OrAfterTodayWithAMessageSayingWhich() {
        assertNull(AsOf.problem(LocalDate.of(2018, 1, 1), TODAY));
        assertNull(AsOf.problem(TODAY, TODAY));
        assertTrue(AsOf.problem(LocalDate.of(2017, 12, 31), TODAY).contains("before 2018-01-01"));
        assertTrue(AsOf.problem(TODAY.plusDays(1), TODAY).contains("in the future"));
    }

    @Test
    void shouldCountAScoreByItsOwnDateElseItsModelsReleaseDate() {
        LocalDate june = LocalDate.of(2025, 6, 1);
        // GPT-4o (May 2024) with an llm-stats score recorded on 2025-07-19: not yet on 1 June 2025.
        assertFalse(AsOf.counts(LocalDate.of(2025, 7, 19), LocalDate.of(2024, 5, 13), june));
        // An undated score of a model released in May 2024 counts from its release.
        assertTrue(AsOf.counts(null, LocalDate.of(2024, 5, 13), june));
        assertTrue(AsOf.counts(june, LocalDate.of(2024, 5, 13), june));
        // Neither date: it never counts as of a date, but always today.
        assertFalse(AsOf.counts(null, null, june));
        assertTrue(AsOf.counts(null, null, null));
    }
}

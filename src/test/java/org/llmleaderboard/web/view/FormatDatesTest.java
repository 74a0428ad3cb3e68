package org.llmleaderboard.web.view;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Dates read one way on every page: "21 Aug 2026", to the month "Feb 2025", and a moment "21 Aug 2026, 14:03". */
class FormatDatesTest {

    @Test
    void shouldWriteADayAsDayMonthAbbreviationAndYear() {
        assertEquals("21 Aug 2026", Format.day(LocalDate.of(2026, 8, 21)));
        assertEquals("4 Oct 2025", Format.day(LocalDate.of(2025, 10, 4)));
        assertEquals(Format.MISSING, Format.day(null));
    }

    @Test
    void shouldWriteAMomentAsItsDayAndTimeToTheMinute() {
        assertEquals("21 Aug 2026, 14:03", Format.dateTime(LocalDateTime.of(2026, 8, 21, 14, 3, 59)));
        assertEquals(Format.MISSING, Format.dateTime(null));
    }

    @Test
    void shouldWriteAPublishedIsoDateInThePagesFormatAndKeepOtherTextAsPublished() {
        assertEquals("Feb 2025", Format.published("2025-02"));
        assertEquals("30 Sep 2024", Format.published("2024-09-30"));
        assertEquals("early 2024", Format.published("early 2024"));
        assertEquals("2025-13", Format.published("2025-13"), "no such month: shown as published");
        assertNull(Format.published(null));
    }
}

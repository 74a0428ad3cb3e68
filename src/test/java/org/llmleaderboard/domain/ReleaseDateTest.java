package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReleaseDateTest {

    @Test
    void shouldReadAReleaseDateToTheMonthTheYearOrTheDay() {
        assertEquals(new ReleaseDate(LocalDate.of(2024, 5, 1), DatePrecision.MONTH), ReleaseDate.parse("May/2024"));
        assertEquals(new ReleaseDate(LocalDate.of(2024, 9, 1), DatePrecision.MONTH), ReleaseDate.parse("September 2024"));
        assertEquals(new ReleaseDate(LocalDate.of(2024, 1, 1), DatePrecision.YEAR), ReleaseDate.parse("2024"));
        assertEquals(new ReleaseDate(LocalDate.of(2024, 5, 13), DatePrecision.DAY), ReleaseDate.parse("2024-05-13"));
    }

    @Test
    void shouldTakeTbaOrNothingAsUnknownAndRefuseTheRest() {
        assertEquals(new ReleaseDate(null, DatePrecision.UNKNOWN), ReleaseDate.parse("TBA"));
        assertEquals(new ReleaseDate(null, DatePrecision.UNKNOWN), ReleaseDate.parse(null));
        assertNull(ReleaseDate.parse("Maybe/2024"));
        assertNull(ReleaseDate.parse("soon"));
    }
}

package org.llmleaderboard.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A release date as published, parsed, and how much of it is known. */
public record ReleaseDate(LocalDate date, DatePrecision precision) {

    private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]{3,9})[/ -]([0-9]{4})$");
    private static final Pattern YEAR = Pattern.compile("^([0-9]{4})$");

    /** {@code May/2024} → 2024-05-01 (month), {@code 2024} (year), {@code 2024-05-13} (day), {@code TBA}/missing → unknown; null if unreadable. */
    public static ReleaseDate parse(String released) {
        if (released == null || released.equalsIgnoreCase("TBA")) {
            return new ReleaseDate(null, DatePrecision.UNKNOWN);
        }
        Matcher my = MONTH_YEAR.matcher(released);
        if (my.matches()) {
            Month month = month(my.group(1));
            return month == null ? null : new ReleaseDate(LocalDate.of(Integer.parseInt(my.group(2)), month, 1), DatePrecision.MONTH);
        }
        if (YEAR.matcher(released).matches()) {
            return new ReleaseDate(LocalDate.of(Integer.parseInt(released), 1, 1), DatePrecision.YEAR);
        }
        try {
            return new ReleaseDate(LocalDate.parse(released), DatePrecision.DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Month month(String text) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(text)
                    || m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(text)) {
                return m;
            }
        }
        return null;
    }
}

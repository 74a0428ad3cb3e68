package org.llmleaderboard.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
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

    /**
     * The one way a release date is shown: "20 Jan 2025" to the day, "Aug 2025" to the month, "2025" to the year;
     * null when unknown. English month names, whatever the server's locale, so that pages are byte-stable.
     */
    public static String display(LocalDate date, DatePrecision precision) {
        if (date == null || precision == null) {
            return null;
        }
        String month = date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return switch (precision) {
            case DAY -> date.getDayOfMonth() + " " + month + " " + date.getYear();
            case MONTH -> month + " " + date.getYear();
            case YEAR -> Integer.toString(date.getYear());
            case UNKNOWN -> null;
        };
    }

    /** This date shown by {@link #display(LocalDate, DatePrecision)}. */
    public String display() {
        return display(date, precision);
    }

    /**
     * "Most specific wins": a day that falls within this date's month (or year, or an unknown date) refines it; a day
     * outside it is a disagreement and leaves it as it is (the caller shows both).
     */
    public ReleaseDate refinedBy(LocalDate day) {
        if (day == null || precision == DatePrecision.DAY) {
            return this;
        }
        if (date == null || precision == DatePrecision.UNKNOWN || agreesWith(day)) {
            return new ReleaseDate(day, DatePrecision.DAY);
        }
        return this;
    }

    /** Whether a day falls within what this date says (its day, month or year); true when this date is unknown. */
    public boolean agreesWith(LocalDate day) {
        if (day == null || date == null) {
            return true;
        }
        return switch (precision) {
            case DAY -> date.equals(day);
            case MONTH -> YearMonth.from(date).equals(YearMonth.from(day));
            case YEAR -> date.getYear() == day.getYear();
            case UNKNOWN -> true;
        };
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

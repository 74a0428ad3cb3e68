package org.llmleaderboard.query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The rule of "the leaderboard as of a date" ({@code ?asOf=2025-06-01}, GraphQL {@code asOf}): an ISO date from
 * {@link #EARLIEST} to today (UTC). Dates outside are refused, not clamped, so that a URL never shows something other
 * than what it says. As of a date D, a model counts when its release date is on or before D (a model without one never
 * does), and a score when its own date is, or, without one, its model's release date.
 */
public final class AsOf {

    /** The earliest date accepted: the leaderboard's data starts with the models of 2018. */
    public static final LocalDate EARLIEST = LocalDate.of(2018, 1, 1);

    private AsOf() {
    }

    /** Today in UTC: the latest date accepted. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** {@code YYYY-MM-DD} as a date, or empty when the text is not one (2025-02-30, 2025-6-1, a time). */
    public static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why this date cannot be used (before {@link #EARLIEST} or after {@code today}), or null when it can. */
    public static String problem(LocalDate date, LocalDate today) {
        if (date.isBefore(EARLIEST)) {
            return "The date " + date + " is before " + EARLIEST + ", where the data starts: choose a date from " + EARLIEST
                    + " to " + today + ".";
        }
        if (date.isAfter(today)) {
            return "The date " + date + " is in the future: choose a date from " + EARLIEST + " to " + today
                    + " (today, UTC), or none for today.";
        }
        return null;
    }

    /**
     * Whether a score counts as of {@code asOf} (null: always): its own date, else its model's release date, on or
     * before it; a score with neither never counts.
     */
    public static boolean counts(LocalDate scoreDate, LocalDate modelReleased, LocalDate asOf) {
        LocalDate date = scoreDate != null ? scoreDate : modelReleased;
        return asOf == null || date != null && !date.isAfter(asOf);
    }

    /** The message for a text that is no date at all. */
    public static String malformed(String text) {
        String t = text.strip();
        return "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "' is not a date: write it as YYYY-MM-DD, e.g. 2025-06-01.";
    }
}

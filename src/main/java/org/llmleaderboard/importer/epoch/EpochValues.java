package org.llmleaderboard.importer.epoch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parsing of Epoch's cells: numbers in plain or scientific notation, ISO dates and timestamps, written-out dates. */
final class EpochValues {

    /** benchmarks_runs.csv writes {@code 17 November 2025 4:28pm}; only the day is kept. */
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private EpochValues() {
    }

    /** A number, or null for a blank or non-numeric cell ({@code 1.52e+24}, {@code 0.85}). */
    static Double number(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(cell.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 2025-06-17}, {@code 2026-04-15T14:38:56.000Z} or {@code 17 November 2025 4:28pm}; null if none of them. */
    static LocalDate date(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String s = cell.strip();
        try {
            if (s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-') {
                return LocalDate.parse(s.substring(0, 10));
            }
            String[] words = s.split("\\s+");
            return words.length >= 3 ? LocalDate.parse(words[0] + " " + words[1] + " " + words[2], WRITTEN) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first organisation of a comma list ({@code Zhipu AI,Tsinghua University} → {@code Zhipu AI}). */
    static String firstOrganization(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String first = cell.split(",")[0].strip();
        return first.isEmpty() ? null : first;
    }

    /** A display name as written, without stray line breaks and with plain hyphens ({@code GPT‑5-Codex} has U+2011). */
    static String cleanName(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.replace('\u2011', '-').replace('\u2010', '-').replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}

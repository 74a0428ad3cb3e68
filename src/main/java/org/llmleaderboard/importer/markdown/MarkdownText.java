package org.llmleaderboard.importer.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The text conventions of the markdown set's pages: titles, sections, lists, missing values. */
final class MarkdownText {

    private MarkdownText() {
    }

    static Optional<String> title(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).trim())
                .filter(s -> !s.isEmpty()).findFirst();
    }

    /** The lines of a {@code ## <emoji> <name>} section, up to the next heading or rule. */
    static List<String> section(List<String> lines, String name) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                in = line.endsWith(" " + name) || line.equals("## " + name);
                continue;
            }
            if (in && (line.startsWith("#") || line.equals("---"))) {
                break;
            }
            if (in) {
                out.add(line);
            }
        }
        return out;
    }

    static String firstLineOfSection(List<String> lines, String name) {
        return section(lines, name).stream().map(String::trim).filter(s -> !s.isEmpty()).findFirst().orElse(null);
    }

    static String sectionText(List<String> lines, String name) {
        String text = String.join("\n", section(lines, name)).trim();
        return text.isEmpty() ? null : text;
    }

    static List<String> splitList(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    }

    /** Drops the emoji in front of a value: "🟢 Public" → "Public". */
    static String stripSymbols(String text) {
        return text.replaceAll("^[^\\p{L}]+", "").trim();
    }

    static boolean isMissing(String value) {
        String v = value.trim();
        return v.isEmpty() || v.equals("-") || v.equals("—") || v.equalsIgnoreCase("n/a");
    }

    static String emptyToNull(String value) {
        return value == null || isMissing(value) ? null : value.trim();
    }

    /** Lower-case letters (any script), digits, dots and hyphens: as the set's file names. */
    static boolean isSlug(String s) {
        return s.matches("[\\p{Ll}\\p{Lo}0-9][\\p{Ll}\\p{Lo}0-9._-]*") && s.length() <= 95;
    }

    static String stripMd(String name) {
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}

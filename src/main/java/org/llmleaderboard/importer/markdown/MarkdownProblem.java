package org.llmleaderboard.importer.markdown;

/** Something the reader could not take as it was, with the file and the reason. */
public record MarkdownProblem(String file, Severity severity, String reason) {

    public enum Severity {
        /** The page was not imported. */
        SKIPPED,
        /** The page was imported; one of its values was not. */
        WARNING
    }

    @Override
    public String toString() {
        return severity + " " + file + ": " + reason;
    }
}

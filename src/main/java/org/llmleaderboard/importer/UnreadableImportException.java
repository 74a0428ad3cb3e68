package org.llmleaderboard.importer;

/** A file that is not of its format at all (not a zip, not CSV, a header without the required columns): nothing is read. */
public class UnreadableImportException extends Exception {
    public UnreadableImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

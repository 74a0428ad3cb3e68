package org.llmleaderboard.importer;

/**
 * A lab as a file gives it.
 *
 * @param complete true when the file holds the lab's whole record (the data set), which then replaces the stored one;
 *                 false for a name only (a markdown lab page), which creates a missing lab and never changes one
 */
public record ImportedLab(int line, String slug, String name, String website, String country, boolean complete) {
}

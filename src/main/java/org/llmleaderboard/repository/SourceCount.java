package org.llmleaderboard.repository;

/**
 * Rows of one kind ({@code scores}, {@code models}, {@code facts}, {@code created}, {@code offerings}) that one source
 * key (an origin, or a citation standing for one) contributed, and how many distinct models they are about.
 */
public record SourceCount(String kind, String key, long rows, long models) {
}

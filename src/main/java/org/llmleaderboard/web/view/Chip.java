package org.llmleaderboard.web.view;

/** An active filter, shown with a link that removes it. */
public record Chip(String label, String removeHref) {
}

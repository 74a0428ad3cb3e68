package org.llmleaderboard.repository;

import java.time.LocalDateTime;

/** An import of a source: its {@code data_load} claim or change-log entry, when, and what it said it loaded. */
public record SourceLoad(String key, LocalDateTime at, String summary) {
}

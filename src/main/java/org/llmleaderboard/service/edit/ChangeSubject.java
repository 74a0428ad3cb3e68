package org.llmleaderboard.service.edit;

/** What a change-log entry is about: the entity's type and key, and the model it belongs to (null for labs, benchmarks). */
public record ChangeSubject(String entityType, String key, String modelSlug) {
}

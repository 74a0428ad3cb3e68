package org.llmleaderboard.service.read;

/** A licence (its llm-stats id and name) and how many models have it. */
public record LicenceCount(String id, String name, int models) {
}

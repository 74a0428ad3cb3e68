package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.LocalDateTime;

/** An entry of the review list (see {@code domain.UnresolvedRecord}), as values. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record UnresolvedRow(String source, String sourceId, String name, String reason, String candidates, LocalDateTime recordedAt) {
}

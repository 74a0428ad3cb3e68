package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A count per id (models per lab, scored models per benchmark). */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record IdCount(Long id, Long count) {
}

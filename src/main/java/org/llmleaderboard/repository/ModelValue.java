package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One value of a model's list (a tag, an alias), with the model's id, for grouping back per model. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record ModelValue(Long modelId, String value) {
}

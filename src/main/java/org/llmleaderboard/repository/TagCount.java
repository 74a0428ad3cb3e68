package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A tag as published and the number of models that have it. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record TagCount(String tag, Long models) {
}

package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An alias and the slug of the lab, benchmark or model it names. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record AliasTarget(String alias, String slug) {
}

package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A model as the identity resolution sees it: slug, name, lab, the model it is a variant of, who placed it. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record IdentityRow(String slug, String name, String labSlug, String variantOfSlug, String variantRule) {
}

package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A model in a list of links: slug, name, lab, size and release. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record ModelBrief(String slug, String name, String labName, Double parameters, String released,
        java.time.LocalDate releaseDate, org.llmleaderboard.domain.DatePrecision releasePrecision) {
}

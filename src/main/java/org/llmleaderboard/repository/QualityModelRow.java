package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.llmleaderboard.domain.DatePrecision;

import java.time.LocalDate;

/** A model as the data-quality checks see it; {@code labSlug} null for a model without a lab. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record QualityModelRow(String slug, String name, String labSlug, String labName, Double parameters, LocalDate releaseDate,
        DatePrecision releasePrecision) {
}

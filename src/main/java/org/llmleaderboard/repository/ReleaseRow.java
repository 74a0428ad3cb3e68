package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.LocalDate;

/** A model with its release date and parameter count (billions), for the trends over time. */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record ReleaseRow(String name, String slug, String lab, Double parameters, LocalDate released, Boolean openWeights) {
}

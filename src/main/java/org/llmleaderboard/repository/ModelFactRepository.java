package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.ModelFact;

/** Sourced facts about models (the facts files). */
@ApplicationScoped
public class ModelFactRepository implements PanacheRepository<ModelFact> {
}

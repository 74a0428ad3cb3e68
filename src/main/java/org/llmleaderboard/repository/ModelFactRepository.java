package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelFact;

/** Sourced facts about models (the facts files, llm-stats). */
@ApplicationScoped
public class ModelFactRepository implements PanacheRepository<ModelFact> {

    /** Removes the facts of this model that came from this origin (an import replaces its own facts). */
    public void deleteOf(LanguageModel model, String origin) {
        getEntityManager().createQuery("delete from ModelFact f where f.model = :m and f.origin = :o")
                .setParameter("m", model).setParameter("o", origin).executeUpdate();
    }
}

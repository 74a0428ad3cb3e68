package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelFact;

import java.util.Collection;
import java.util.List;

/** Sourced facts about models (the facts files, llm-stats). */
@ApplicationScoped
public class ModelFactRepository implements PanacheRepository<ModelFact> {

    /** Removes the facts of this model that came from this origin (an import replaces its own facts). */
    /** Removes a source's facts before its import writes them again (one statement). */
    public void deleteByOrigin(String origin) {
        getEntityManager().createQuery("delete from ModelFact f where f.origin = :origin").setParameter("origin", origin).executeUpdate();
    }

    /** The facts of these models from one origin, in one statement (an import replaces them all). */
    public void deleteOf(Collection<LanguageModel> models, String origin) {
        if (!models.isEmpty()) {
            getEntityManager().createQuery("delete from ModelFact f where f.model in :m and f.origin = :o")
                    .setParameter("m", models).setParameter("o", origin).executeUpdate();
        }
    }

    /** Every numeric value of one fact ({@code active-parameters}), in one statement, oldest first. */
    public List<FactFigure> figures(String fact) {
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.FactFigure(f.model.slug, f.origin, f.numericValue)
                from ModelFact f where f.fact = :fact and f.numericValue is not null order by f.id""", FactFigure.class)
                .setParameter("fact", fact).getResultList();
    }
}

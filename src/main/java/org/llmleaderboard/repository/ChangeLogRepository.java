package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.ChangeLogEntry;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ChangeLogRepository implements PanacheRepository<ChangeLogEntry> {

    /** The history of these models (their own changes and their scores'), newest first, in one query. */
    public List<ChangeLogEntry> ofModels(Collection<String> modelSlugs) {
        if (modelSlugs.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select c from ChangeLogEntry c where c.modelSlug in :slugs order by c.changedAt desc, c.id desc""",
                ChangeLogEntry.class).setParameter("slugs", modelSlugs).getResultList();
    }
}

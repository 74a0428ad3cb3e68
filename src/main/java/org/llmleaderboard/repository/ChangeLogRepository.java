package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.ChangeLogEntry;

import java.time.LocalDateTime;
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

    /** A model slug's entries of one field ({@code mergedInto}: its merges and their undos), newest first. */
    public List<ChangeLogEntry> ofField(String modelKey, String field) {
        return getEntityManager().createQuery("""
                select c from ChangeLogEntry c where c.entityType = 'model' and c.entityKey = :k and c.field = :f
                order by c.changedAt desc, c.id desc""", ChangeLogEntry.class).setParameter("k", modelKey).setParameter("f", field)
                .getResultList();
    }

    /** The entries about these models written at one time (one merge's), in the order written. */
    public List<ChangeLogEntry> writtenAt(LocalDateTime at, Collection<String> modelKeys) {
        return getEntityManager().createQuery("""
                select c from ChangeLogEntry c where c.entityType = 'model' and c.entityKey in :k and c.changedAt = :at
                order by c.id""", ChangeLogEntry.class).setParameter("k", modelKeys).setParameter("at", at).getResultList();
    }
}

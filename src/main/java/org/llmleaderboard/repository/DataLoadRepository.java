package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDateTime;

/**
 * The {@code data_load} table: the bundled data sets loaded into this database, by name. The name is the primary key,
 * so a claim by a second instance fails (or waits on the first one's lock): each set is loaded once.
 */
@ApplicationScoped
public class DataLoadRepository {

    private final EntityManager em;

    DataLoadRepository(EntityManager em) {
        this.em = em;
    }

    /** Whether a data set of this name was loaded (or claimed). */
    public boolean loaded(String name) {
        return ((Number) em.createNativeQuery("select count(*) from data_load where name = :name")
                .setParameter("name", name).getSingleResult()).intValue() > 0;
    }

    /** Claims the name, with a summary of the set, in the caller's transaction. */
    public void claim(String name, String summary) {
        em.createNativeQuery("insert into data_load (name, loaded_at, summary) values (:name, :at, :summary)")
                .setParameter("name", name)
                .setParameter("at", LocalDateTime.now())
                .setParameter("summary", summary)
                .executeUpdate();
    }
}

package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDateTime;

/** The data sets loaded into this database ({@code data_load}: one row per set's name, its primary key). */
@ApplicationScoped
public class DataLoadRepository {

    private final EntityManager em;

    DataLoadRepository(EntityManager em) {
        this.em = em;
    }

    /** Whether a set of this name was loaded (or is being loaded, in a transaction not yet committed). */
    public boolean isLoaded(String name) {
        Number count = (Number) em.createNativeQuery("select count(*) from data_load where name = :name")
                .setParameter("name", name).getSingleResult();
        return count.intValue() > 0;
    }

    /** Claims the name for this load; a concurrent claim of the same name fails on the primary key. */
    public void claim(String name, LocalDateTime at, String summary) {
        em.createNativeQuery("insert into data_load (name, loaded_at, summary) values (:name, :at, :summary)")
                .setParameter("name", name)
                .setParameter("at", at)
                .setParameter("summary", summary)
                .executeUpdate();
    }
}

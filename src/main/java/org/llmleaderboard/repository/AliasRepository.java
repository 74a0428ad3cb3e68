package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.llmleaderboard.domain.BenchmarkAlias;
import org.llmleaderboard.domain.LabAlias;
import org.llmleaderboard.domain.ModelAlias;

import java.util.List;

/** The other names of labs, benchmarks and models (kept by imports, so that a later import finds them again). */
@ApplicationScoped
public class AliasRepository {

    private final EntityManager em;

    AliasRepository(EntityManager em) {
        this.em = em;
    }

    public List<AliasTarget> labAliases() {
        return em.createQuery("select new org.llmleaderboard.repository.AliasTarget(a.alias, a.lab.slug) from LabAlias a",
                AliasTarget.class).getResultList();
    }

    public List<AliasTarget> benchmarkAliases() {
        return em.createQuery("select new org.llmleaderboard.repository.AliasTarget(a.alias, a.benchmark.slug) from BenchmarkAlias a",
                AliasTarget.class).getResultList();
    }

    public List<AliasTarget> modelAliases() {
        return em.createQuery("select new org.llmleaderboard.repository.AliasTarget(a.alias, a.model.slug) from ModelAlias a",
                AliasTarget.class).getResultList();
    }

    /** The model aliases of one origin ({@code merge}: the slugs of models merged into another). */
    public List<AliasTarget> modelAliasesOf(String origin) {
        return em.createQuery("select new org.llmleaderboard.repository.AliasTarget(a.alias, a.model.slug) from ModelAlias a where a.origin = :o",
                AliasTarget.class).setParameter("o", origin).getResultList();
    }

    public void persist(LabAlias alias) {
        em.persist(alias);
    }

    public void persist(BenchmarkAlias alias) {
        em.persist(alias);
    }

    public void persist(ModelAlias alias) {
        em.persist(alias);
    }
}

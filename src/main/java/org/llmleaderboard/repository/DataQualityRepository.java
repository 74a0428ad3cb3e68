package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The data-quality report's reads: one statement each, whatever the size of the data. */
@ApplicationScoped
public class DataQualityRepository {

    private final EntityManager em;

    DataQualityRepository(EntityManager em) {
        this.em = em;
    }

    /** Every model, by name (a left join: a model without a lab is listed too). */
    public List<QualityModelRow> models() {
        return em.createQuery("""
                select new org.llmleaderboard.repository.QualityModelRow(m.slug, m.name, l.slug, l.name,
                    m.parameters, m.releaseDate, m.releasePrecision)
                from LanguageModel m left join m.lab l order by m.name, m.slug""", QualityModelRow.class).getResultList();
    }

    /** Benchmarks that belong to no family (no parent benchmark), by name. */
    public List<QualityBenchmarkRow> benchmarksWithoutFamily(int limit) {
        return em.createQuery("""
                select new org.llmleaderboard.repository.QualityBenchmarkRow(b.slug, b.name)
                from Benchmark b where b.parentSlug is null order by b.name, b.slug""", QualityBenchmarkRow.class)
                .setMaxResults(limit).getResultList();
    }

    public long benchmarksWithoutFamilyCount() {
        return em.createQuery("select count(b) from Benchmark b where b.parentSlug is null", Long.class).getSingleResult();
    }

    /** Scores below their benchmark's {@code min_score} or above its {@code max_score}. */
    public List<OutOfRangeRow> outOfRangeScores(int limit) {
        return em.createQuery("""
                select new org.llmleaderboard.repository.OutOfRangeRow(m.slug, m.name, b.slug, b.name,
                    s.scoreValue, b.minScore, b.maxScore)
                from Score s join s.model m join s.benchmark b
                where (b.minScore is not null and s.scoreValue < b.minScore)
                   or (b.maxScore is not null and s.scoreValue > b.maxScore)
                order by b.name, m.name, s.id""", OutOfRangeRow.class).setMaxResults(limit).getResultList();
    }
}

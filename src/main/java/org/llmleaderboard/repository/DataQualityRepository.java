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

    /**
     * Every model, by name (a left join: a model without a lab is listed too). Not the variants: a variant's identity
     * is settled (it is listed under its model), so it is no suspected duplicate of it.
     */
    public List<QualityModelRow> models() {
        return em.createQuery("""
                select new org.llmleaderboard.repository.QualityModelRow(m.slug, m.name, l.slug, l.name,
                    m.parameters, m.releaseDate, m.releasePrecision)
                from LanguageModel m left join m.lab l where m.variantOf is null
                order by m.name, m.slug""", QualityModelRow.class).getResultList();
    }

    /**
     * Benchmarks whose family is not settled, by name: those the import put up for review (a rule suggested a family
     * it could not confirm, see {@code BenchmarkReview}). A benchmark without a parent is a family of its own, not a
     * gap: most benchmarks have no variants.
     */
    public List<QualityBenchmarkRow> benchmarksWithoutFamily(int limit) {
        return em.createQuery("""
                select new org.llmleaderboard.repository.QualityBenchmarkRow(b.slug, b.name)
                from Benchmark b where b.slug in (select r.benchmarkSlug from BenchmarkReview r)
                order by b.name, b.slug""", QualityBenchmarkRow.class)
                .setMaxResults(limit).getResultList();
    }

    public long benchmarksWithoutFamilyCount() {
        return em.createQuery("select count(b) from Benchmark b where b.slug in (select r.benchmarkSlug from BenchmarkReview r)",
                Long.class).getSingleResult();
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

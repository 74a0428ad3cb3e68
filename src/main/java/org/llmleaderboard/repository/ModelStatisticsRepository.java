package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Grouped counts over the models, for the filter facets and the insight pages: each method is one statement and
 * answers projections, never entities.
 */
@ApplicationScoped
public class ModelStatisticsRepository {

    private final EntityManager em;

    ModelStatisticsRepository(EntityManager em) {
        this.em = em;
    }

    // Models are what people rank: variants (snapshots, settings) are counted with their model, never on their own.

    /** Model counts grouped by access, architecture, open weights and licence id. */
    public List<ModelCount> counts() {
        return em.createQuery("""
                select new org.llmleaderboard.repository.ModelCount(m.access, m.architecture, m.openWeights, m.licenceId,
                    max(m.licenceName), count(m), max(m.releaseDate))
                from LanguageModel m where m.variantOf is null
                group by m.access, m.architecture, m.openWeights, m.licenceId""", ModelCount.class).getResultList();
    }

    /** Each tag as published with its model count, most used first. */
    public List<TagCount> tagCounts() {
        return em.createQuery("""
                select new org.llmleaderboard.repository.TagCount(t, count(m))
                from LanguageModel m join m.tags t where m.variantOf is null group by t order by count(m) desc, t""", TagCount.class).getResultList();
    }

    /** Totals over the whole database; {@code optimalRatio} is the compute-optimal threshold on the raw ratio. */
    public TotalsRow totals(double optimalRatio) {
        return em.createQuery("""
                select new org.llmleaderboard.repository.TotalsRow(count(m),
                       (select count(l) from Lab l),
                       (select count(b) from Benchmark b),
                       (select count(s) from Score s),
                       (select count(s) from Score s where s.headline = true),
                       sum(case when m.parameters is not null then 1 else 0 end),
                       sum(case when m.ratioKey >= :optimal then 1 else 0 end),
                       sum(case when m.ratioKey < :optimal then 1 else 0 end))
                from LanguageModel m where m.variantOf is null""", TotalsRow.class)
                .setParameter("optimal", optimalRatio)
                .getSingleResult();
    }

    /** Models per release year, oldest first; the row of year null counts the models without a release date. */
    public List<YearRow> releaseYears() {
        return em.createQuery("""
                select new org.llmleaderboard.repository.YearRow(year(m.releaseDate), count(m),
                       sum(case when m.releaseDate is null and upper(m.released) = 'TBA' then 1 else 0 end))
                from LanguageModel m where m.variantOf is null
                group by year(m.releaseDate)
                order by year(m.releaseDate) nulls last""", YearRow.class)
                .getResultList();
    }

    /**
     * Every model with a positive parameter count and a headline score on the benchmark, smallest first (ties by
     * name); empty for an unknown benchmark.
     */
    public List<PointRow> parametersVersusScore(String benchmarkSlug) {
        return em.createQuery("""
                select new org.llmleaderboard.repository.PointRow(m.name, m.slug, l.name, m.parameters, s.scoreValue, m.openWeights)
                from Score s join s.model m join m.lab l
                where s.benchmark.slug = :slug and s.headline = true and m.parameters > 0 and m.variantOf is null
                order by m.parameters, m.name, m.slug""", PointRow.class)
                .setParameter("slug", benchmarkSlug)
                .getResultList();
    }

    /**
     * Per model with at least one priced offering and a headline score on the benchmark: the cheapest blended price
     * (3 input : 1 output, US$ per million tokens) and the score, by name.
     */
    public List<PointRow> pricesAndScores(long benchmarkId) {
        return em.createQuery("""
                select new org.llmleaderboard.repository.PointRow(m.name, m.slug, l.name,
                    min((3 * o.inputPrice + o.outputPrice) / 4), s.scoreValue, m.openWeights)
                from ProviderOffering o join o.model m join m.lab l, Score s
                where s.model = m and s.benchmark.id = :b and s.headline = true
                  and o.inputPrice is not null and o.outputPrice is not null
                group by m.slug, m.name, l.name, s.scoreValue, m.openWeights
                order by m.name, m.slug""", PointRow.class).setParameter("b", benchmarkId).getResultList();
    }
}

package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.llmleaderboard.domain.DatePrecision;

import java.util.List;

/**
 * The figures of the trends page that are not rankings: releases per month and the largest models over time. Each
 * method is one statement answering projections. Models only: variants count with their model.
 */
@ApplicationScoped
public class TrendRepository {

    private final EntityManager em;

    TrendRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Models released per calendar month and open-weights value, oldest first. Dates known to the year only are left
     * out: they would all pile up in January.
     */
    public List<MonthRow> monthlyReleases() {
        return em.createQuery("""
                select new org.llmleaderboard.repository.MonthRow(year(m.releaseDate), month(m.releaseDate), m.openWeights, count(m))
                from LanguageModel m
                where m.variantOf is null and m.releaseDate is not null and m.releasePrecision in :precise
                group by year(m.releaseDate), month(m.releaseDate), m.openWeights
                order by year(m.releaseDate), month(m.releaseDate)""", MonthRow.class)
                .setParameter("precise", List.of(DatePrecision.DAY, DatePrecision.MONTH))
                .getResultList();
    }

    /**
     * Dated models with a parameter count, by release date, largest first on a date: the caller picks the records. (A
     * "no earlier model is larger" subquery would send fewer rows, but is quadratic without an index.)
     */
    public List<ReleaseRow> sizedReleases() {
        return em.createQuery("""
                select new org.llmleaderboard.repository.ReleaseRow(m.name, m.slug, l.name, m.parameters, m.releaseDate, m.openWeights)
                from LanguageModel m join m.lab l
                where m.variantOf is null and m.releaseDate is not null and m.parameters > 0
                order by m.releaseDate, m.parameters desc, m.name""", ReleaseRow.class)
                .getResultList();
    }
}

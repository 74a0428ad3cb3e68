package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.DerivedMetrics;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The insight pages of the markdown set, computed live: totals, access, architectures, releases per
 * year, labs, and parameters against a benchmark. Every method is one grouped SQL statement and
 * answers records, never entities.
 */
@ApplicationScoped
@Transactional
public class InsightsService {

    /** The rule lives in DerivedMetrics; this is its threshold on the unrounded sort key. */
    static final double COMPUTE_OPTIMAL_RAW_RATIO = DerivedMetrics.rawComputeOptimalRatio();

    private final EntityManager em;

    InsightsService(EntityManager em) {
        this.em = em;
    }

    /** Totals over the whole database. */
    public record Totals(int models, int labs, int benchmarks, int headlineScores, int withParameters,
            int computeOptimal, int underTrained) {
    }

    /** Models per access. */
    public record AccessCounts(int publicModels, int privateModels, int unknown) {

        public int total() {
            return publicModels + privateModels + unknown;
        }
    }

    /** Models of one architecture ({@link Architecture#UNKNOWN} for models without one). */
    public record ArchitectureCount(Architecture architecture, int models) {
    }

    /** Models released in one calendar year. */
    public record YearCount(int year, int models) {
    }

    /**
     * Models per release year, oldest first, with those announced but not released ("TBA") and those
     * without any date.
     */
    public record ReleaseYears(List<YearCount> years, int tba, int unknown) {
    }

    /** A lab with its number of models, and how many of them are public. */
    public record LabCount(String slug, String name, int models, int publicModels) {
    }

    /** A model with both a parameter count and a headline score on one benchmark. */
    public record ParameterScore(String name, String slug, String lab, double parameters, double score) {
    }

    public Totals totals() {
        Object[] r = em.createQuery("""
                select count(m),
                       (select count(l) from Lab l),
                       (select count(b) from Benchmark b),
                       (select count(s) from Score s where s.headline = true),
                       sum(case when m.parameters is not null then 1 else 0 end),
                       sum(case when m.ratioKey >= :optimal then 1 else 0 end),
                       sum(case when m.ratioKey < :optimal then 1 else 0 end)
                from LanguageModel m""", Object[].class)
                .setParameter("optimal", COMPUTE_OPTIMAL_RAW_RATIO)
                .getSingleResult();
        return new Totals(intOf(r[0]), intOf(r[1]), intOf(r[2]), intOf(r[3]), intOf(r[4]), intOf(r[5]), intOf(r[6]));
    }

    public AccessCounts access() {
        Map<Access, Integer> counts = new EnumMap<>(Access.class);
        em.createQuery("select m.access, count(m) from LanguageModel m group by m.access", Object[].class)
                .getResultList()
                .forEach(r -> counts.merge(r[0] == null ? Access.UNKNOWN : (Access) r[0], intOf(r[1]), Integer::sum));
        return new AccessCounts(counts.getOrDefault(Access.PUBLIC, 0), counts.getOrDefault(Access.PRIVATE, 0),
                counts.getOrDefault(Access.UNKNOWN, 0));
    }

    /** Models per architecture, most first, ties in the enum's order; unknown counted as {@link Architecture#UNKNOWN}. */
    public List<ArchitectureCount> architectures() {
        Map<Architecture, Integer> counts = new EnumMap<>(Architecture.class);
        em.createQuery("select m.architecture, count(m) from LanguageModel m group by m.architecture", Object[].class)
                .getResultList()
                .forEach(r -> counts.merge(r[0] == null ? Architecture.UNKNOWN : (Architecture) r[0], intOf(r[1]), Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new ArchitectureCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(ArchitectureCount::models).reversed()
                        .thenComparing(ArchitectureCount::architecture))
                .toList();
    }

    /** Models per release year; years without releases between the first and the last are absent. */
    public ReleaseYears releaseYears() {
        List<Object[]> rows = em.createQuery("""
                select year(m.releaseDate), count(m),
                       sum(case when m.releaseDate is null and upper(m.released) = 'TBA' then 1 else 0 end)
                from LanguageModel m
                group by year(m.releaseDate)
                order by year(m.releaseDate) nulls last""", Object[].class)
                .getResultList();
        List<YearCount> years = new ArrayList<>();
        int tba = 0;
        int unknown = 0;
        for (Object[] r : rows) {
            if (r[0] == null) {
                tba = intOf(r[2]);
                unknown = intOf(r[1]) - tba;
            } else {
                years.add(new YearCount(intOf(r[0]), intOf(r[1])));
            }
        }
        return new ReleaseYears(years, tba, unknown);
    }

    /** The {@code limit} labs with the most models, most first, ties by name. */
    public List<LabCount> topLabs(int limit) {
        return em.createQuery("""
                select l.slug, l.name, count(m),
                       sum(case when m.access = org.llmleaderboard.domain.Access.PUBLIC then 1 else 0 end)
                from LanguageModel m join m.lab l
                group by l.id, l.slug, l.name
                order by count(m) desc, l.name, l.slug""", Object[].class)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(r -> new LabCount((String) r[0], (String) r[1], intOf(r[2]), intOf(r[3])))
                .toList();
    }

    /**
     * Every model with a positive parameter count and a headline score on the benchmark, smallest
     * first (ties by name); empty for an unknown benchmark.
     */
    public List<ParameterScore> parametersVersusScore(String benchmarkSlug) {
        return em.createQuery("""
                select m.name, m.slug, l.name, m.parameters, s.scoreValue
                from Score s join s.model m join m.lab l
                where s.benchmark.slug = :slug and s.headline = true and m.parameters > 0
                order by m.parameters, m.name, m.slug""", Object[].class)
                .setParameter("slug", benchmarkSlug)
                .getResultList().stream()
                .map(r -> new ParameterScore((String) r[0], (String) r[1], (String) r[2],
                        ((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue()))
                .toList();
    }

    private static int intOf(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}

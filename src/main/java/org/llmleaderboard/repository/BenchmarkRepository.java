package org.llmleaderboard.repository;

import jakarta.persistence.FlushModeType;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.BenchmarkReview;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class BenchmarkRepository implements PanacheRepository<Benchmark> {

    public Optional<Benchmark> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** All benchmarks in a stable order: the seeded ones first, then by id. */
    public List<Benchmark> listInOrder() {
        return listAll(Sort.by("id"));
    }

    /** All benchmarks in {@link #listInOrder()}'s order, each with its number of scored models, in one statement. */
    public List<ScoredBenchmark> listScored() {
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.ScoredBenchmark(b,
                    (select count(s) from Score s where s.benchmark = b and s.headline = true))
                from Benchmark b order by b.id""", ScoredBenchmark.class).getResultList();
    }

    /**
     * The date of the newest dated score on each family (its variants' scores included), by family slug, in one
     * statement; a family without a dated score is left out.
     */
    public java.util.Map<String, java.time.LocalDate> newestScoreDates() {
        java.util.Map<String, java.time.LocalDate> out = new java.util.HashMap<>();
        getEntityManager().createQuery("""
                select coalesce(b.parentSlug, b.slug), max(s.date) from Score s join s.benchmark b where s.date is not null
                group by coalesce(b.parentSlug, b.slug)""", Object[].class)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(r -> out.put((String) r[0], (java.time.LocalDate) r[1]));
        return out;
    }

    /** The slugs of all benchmarks (what {@code score(benchmark:)} accepts). */
    public Set<String> slugs() {
        return Set.copyOf(getEntityManager().createQuery("select b.slug from Benchmark b", String.class)
                .setFlushMode(FlushModeType.COMMIT).getResultList());
    }

    /** Forgets the review list of an origin (an import writes it anew). */
    public void deleteReviews(String origin, java.util.Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return;
        }
        getEntityManager().createQuery("delete from BenchmarkReview r where r.origin = :o and r.sourceId in :ids")
                .setParameter("o", origin).setParameter("ids", sourceIds).executeUpdate();
    }

    public void persistReview(BenchmarkReview review) {
        getEntityManager().persist(review);
    }

    /** The review list: source benchmarks the resolution could not place, by origin and source id. */
    public List<BenchmarkReview> listReviews() {
        return getEntityManager().createQuery("select r from BenchmarkReview r order by r.origin, r.sourceId", BenchmarkReview.class)
                .getResultList();
    }

    /** The slug of the benchmark that has this alias. */
    public java.util.Optional<String> slugOfAlias(String alias) {
        return getEntityManager().createQuery("select a.benchmark.slug from BenchmarkAlias a where a.alias = :a", String.class)
                .setParameter("a", alias).getResultStream().findFirst();
    }
}

package org.llmleaderboard.repository;

import jakarta.persistence.FlushModeType;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Benchmark;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class BenchmarkRepository implements PanacheRepository<Benchmark> {

    public Optional<Benchmark> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The id of the benchmark with this slug. */
    public Optional<Long> idOfSlug(String slug) {
        return getEntityManager().createQuery("select b.id from Benchmark b where b.slug = :s", Long.class)
                .setParameter("s", slug).getResultStream().findFirst();
    }

    /** All benchmarks in a stable order: the seeded ones first, then by id. */
    public List<Benchmark> listInOrder() {
        return listAll(Sort.by("id"));
    }

    /** The slugs of all benchmarks (what {@code score(benchmark:)} accepts). */
    public Set<String> slugs() {
        return Set.copyOf(getEntityManager().createQuery("select b.slug from Benchmark b", String.class)
                .setFlushMode(FlushModeType.COMMIT).getResultList());
    }

    /** The slug of the benchmark that has this alias. */
    public java.util.Optional<String> slugOfAlias(String alias) {
        return getEntityManager().createQuery("select a.benchmark.slug from BenchmarkAlias a where a.alias = :a", String.class)
                .setParameter("a", alias).getResultStream().findFirst();
    }
}

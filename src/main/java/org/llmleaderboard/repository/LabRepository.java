package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Lab;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LabRepository implements PanacheRepository<Lab> {

    public Optional<Lab> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Lab> listByName() {
        return listAll(Sort.by("name").and("slug"));
    }

    public List<Lab> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Model count per lab id, in one grouped query; labs without models are absent. */
    public List<IdCount> modelCounts(Collection<Long> labIds) {
        if (labIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.IdCount(m.lab.id, count(m))
                from LanguageModel m where m.lab.id in :ids and m.variantOf is null group by m.lab.id""", IdCount.class)
                .setParameter("ids", labIds)
                .getResultList();
    }

    private static final String TOTALS = """
            select new org.llmleaderboard.repository.LabTotals(l.slug, l.name, l.website, l.country, count(m),
                   sum(case when m.access = org.llmleaderboard.domain.Access.PUBLIC then 1 else 0 end),
                   sum(case when m.access = org.llmleaderboard.domain.Access.PRIVATE then 1 else 0 end),
                   max(m.alScoreKey))
            """;

    /** Every lab with its totals, by name, in one grouped query. */
    public List<LabTotals> summaries() {
        return getEntityManager().createQuery(TOTALS + """
                from Lab l left join LanguageModel m on m.lab = l and m.variantOf is null
                group by l.id, l.slug, l.name, l.website, l.country
                order by l.name, l.slug""", LabTotals.class).getResultList();
    }

    /** The {@code limit} labs with the most models (at least one), most first, ties by name. */
    public List<LabTotals> largest(int limit) {
        return getEntityManager().createQuery(TOTALS + """
                from LanguageModel m join m.lab l where m.variantOf is null
                group by l.id, l.slug, l.name, l.website, l.country
                order by count(m) desc, l.name, l.slug""", LabTotals.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The aliases of these labs (by id), each with its lab's slug, in one statement; by alias. */
    public java.util.List<AliasTarget> aliasesOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.AliasTarget(a.alias, a.lab.slug) from LabAlias a
                where a.lab.id in :ids order by a.alias""", AliasTarget.class).setParameter("ids", ids).getResultList();
    }

    /** The slug of the lab that has this alias. */
    public java.util.Optional<String> slugOfAlias(String alias) {
        return getEntityManager().createQuery("select a.lab.slug from LabAlias a where a.alias = :a", String.class)
                .setParameter("a", alias).getResultStream().findFirst();
    }

    /** The slug of every lab (a bulk load's check of which labs exist, without loading them). */
    public java.util.Set<String> slugs() {
        return new java.util.HashSet<>(getEntityManager().createQuery("select l.slug from Lab l", String.class).getResultList());
    }
}

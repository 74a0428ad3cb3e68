package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Lab;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public Map<Long, Integer> modelCounts(Collection<Long> labIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (labIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery("select m.lab.id, count(m) from LanguageModel m where m.lab.id in :ids group by m.lab.id",
                        Object[].class)
                .setParameter("ids", labIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /** Every lab with its model count, public and private counts and best raw ALScore, in one grouped query. */
    public List<Object[]> summaries() {
        return getEntityManager().createQuery("""
                select l.slug, l.name, l.website, l.country, count(m),
                       sum(case when m.access = org.llmleaderboard.domain.Access.PUBLIC then 1 else 0 end),
                       sum(case when m.access = org.llmleaderboard.domain.Access.PRIVATE then 1 else 0 end),
                       max(m.alScoreKey)
                from Lab l left join LanguageModel m on m.lab = l
                group by l.id, l.slug, l.name, l.website, l.country
                order by l.name, l.slug""", Object[].class).getResultList();
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

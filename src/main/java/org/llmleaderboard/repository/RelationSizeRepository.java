package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Counts the largest list relations in one statement (see {@link RelationSizes}). */
@ApplicationScoped
public class RelationSizeRepository {

    private static final String LARGEST = "(select coalesce(max(c), 0) from (select count(*) c from %s group by %s) t)";

    private final EntityManager em;

    RelationSizeRepository(EntityManager em) {
        this.em = em;
    }

    public RelationSizes current() {
        Object[] row = (Object[]) em.createNativeQuery("select (select count(*) from lab), (select count(*) from benchmark), "
                + LARGEST.formatted("language_model", "lab_id") + ", "
                + LARGEST.formatted("score", "model_id") + ", "
                + LARGEST.formatted("model_fact", "model_id") + ", "
                + LARGEST.formatted("provider_offering", "model_id") + ", "
                + LARGEST.formatted("change_log", "model_slug") + ", "
                // Variants per model: models without variant_of_id form one null group, left out.
                + LARGEST.formatted("language_model where variant_of_id is not null", "variant_of_id") + ", "
                + LARGEST.formatted("benchmark where parent_slug is not null", "parent_slug") + ", "
                // Settings are counted per family: a variant answers its family's.
                + "(select coalesce(max(c), 0) from (select count(distinct s.setting_key) c from score s"
                + " join benchmark b on b.id = s.benchmark_id group by coalesce(b.parent_slug, b.slug)) t)")
                .getSingleResult();
        return new RelationSizes(i(row[0]), i(row[1]), i(row[2]), i(row[3]), i(row[4]), i(row[5]), i(row[6]), i(row[7]),
                i(row[8]), i(row[9]));
    }

    private static int i(Object value) {
        return ((Number) value).intValue();
    }
}

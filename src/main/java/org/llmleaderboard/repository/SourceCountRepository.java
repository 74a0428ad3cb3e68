package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What each data source contributed and when it was imported, for the {@code /sources} page: one grouped statement
 * for all the counts and one each for the bundled loads and the later imports, whatever the size of the data.
 */
@ApplicationScoped
public class SourceCountRepository {

    /** Every kind grouped by its source key; rows without an origin count by their citation when it stands for one. */
    private static final String SCORE_KEY = "case when origin is not null then origin"
            + " when source_citation in (:citations) then source_citation end";
    /**
     * Every kind grouped by its source key; a score without an origin counts by its citation when that stands for one.
     * {@code models}: the models it gives scores, facts or ids (aliases) of; {@code created}: the models it created.
     */
    private static final String COUNTS = """
            select 'scores', k, count(*), count(distinct model_id) from (select %1$s as k, model_id from score) s
             where k is not null group by k
            union all
            select 'models', k, count(*), count(distinct model_id) from (
              select %1$s as k, model_id from score
              union all select origin, model_id from model_fact
              union all select origin, model_id from model_alias) d
             where k is not null group by k
            union all
            select 'facts', origin, count(*), count(distinct model_id) from model_fact where origin is not null group by origin
            union all
            select 'created', origin, count(*), count(*) from language_model where origin is not null group by origin
            union all
            select 'offerings', source_citation, count(*), count(distinct model_id) from provider_offering
             where source_citation in (:citations) group by source_citation""".formatted(SCORE_KEY);

    private final EntityManager em;

    SourceCountRepository(EntityManager em) {
        this.em = em;
    }

    /** The counts, in one statement; {@code citations}: those that stand for an origin (at least one). */
    public List<SourceCount> counts(List<String> citations) {
        List<?> rows = em.createNativeQuery(COUNTS).setParameter("citations", citations).getResultList();
        List<SourceCount> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new SourceCount((String) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
        }
        return out;
    }

    /** Every {@code data_load} claim (one per bundled set: a handful of rows). */
    public List<SourceLoad> bundledLoads() {
        List<?> rows = em.createNativeQuery("select name, loaded_at, summary from data_load").getResultList();
        List<SourceLoad> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new SourceLoad((String) r[0], dateTime(r[1]), (String) r[2]));
        }
        return out;
    }

    /**
     * The newest change-log import entry of each format, by the reason the import writes ({@code "<format> import…"}):
     * one row per format at most.
     */
    public List<SourceLoad> lastImports(List<String> formats) {
        if (formats.isEmpty()) {
            return List.of();
        }
        StringBuilder cases = new StringBuilder("case");
        for (int i = 0; i < formats.size(); i++) {
            cases.append(" when reason like :f").append(i).append(" then ").append(i);
        }
        // Grouped outside the subquery: PostgreSQL would not see two parameterised CASEs as one expression.
        var query = em.createNativeQuery("select k, max(changed_at) from (select " + cases + " end as k, changed_at"
                + " from change_log where entity_type = 'import') x where k is not null group by k");
        for (int i = 0; i < formats.size(); i++) {
            query.setParameter("f" + i, formats.get(i) + " import%");
        }
        List<SourceLoad> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new SourceLoad(formats.get(((Number) r[0]).intValue()), dateTime(r[1]), null));
        }
        return out;
    }

    private static LocalDateTime dateTime(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}

package org.llmleaderboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.llmleaderboard.domain.ChangeLogEntry;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Appends to the change log, in the caller's transaction: a change and its log entry commit together.
 * Every write is logged, so logging is also where the data version is bumped (cached pages expire).
 */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager em;
    private final DataVersion dataVersion;

    ChangeLog(EntityManager em, DataVersion dataVersion) {
        this.em = em;
        this.dataVersion = dataVersion;
    }

    /** Logs every field whose value differs between two snapshots (null snapshot: created or deleted). */
    public void diff(String entityType, String key, String modelSlug, Map<String, String> before, Map<String, String> after,
            String actor, String reason) {
        LocalDateTime now = LocalDateTime.now();
        TreeSet<String> fields = new TreeSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        for (String field : fields) {
            String old = before == null ? null : before.get(field);
            String now2 = after == null ? null : after.get(field);
            if (!Objects.equals(old, now2)) {
                append(entityType, key, modelSlug, field, old, now2, actor, reason, now);
            }
        }
    }

    public void append(String entityType, String key, String modelSlug, String field, String oldValue, String newValue,
            String actor, String reason, LocalDateTime at) {
        ChangeLogEntry e = new ChangeLogEntry();
        e.entityType = entityType;
        e.entityKey = truncate(key, 300);
        e.modelSlug = modelSlug;
        e.field = field;
        e.oldValue = truncate(oldValue, 10000);
        e.newValue = truncate(newValue, 10000);
        e.actor = truncate(actor, 100);
        e.changedAt = at;
        e.reason = truncate(reason, 1000);
        em.persist(e);
        dataVersion.changed();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package org.llmleaderboard.service.edit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.ChangeLogEntry;
import org.llmleaderboard.repository.ChangeLogRepository;
import org.llmleaderboard.service.DataVersion;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Appends to the change log, in the caller's transaction: a change and its log entry commit together.
 * Every write is logged, so logging is also where the data version is bumped (cached pages expire).
 * The actor is the authenticated editor ("system" without one).
 */
@ApplicationScoped
public class ChangeLog {

    private final ChangeLogRepository entries;
    private final DataVersion dataVersion;
    private final SecurityIdentity identity;

    ChangeLog(ChangeLogRepository entries, DataVersion dataVersion, SecurityIdentity identity) {
        this.entries = entries;
        this.dataVersion = dataVersion;
        this.identity = identity;
    }

    /** Who writes: the editor's name, or "system". */
    public String actor() {
        return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    /** Logs every field whose value differs between two snapshots (null snapshot: created or deleted). */
    public void diff(ChangeSubject subject, Map<String, String> before, Map<String, String> after, String reason) {
        diff(subject, before, after, reason, now());
    }

    /** As {@link #diff(ChangeSubject, Map, Map, String)}, at a given time: the entries of one merge share theirs. */
    public void diff(ChangeSubject subject, Map<String, String> before, Map<String, String> after, String reason, LocalDateTime now) {
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
                append(subject, field, old, now2, reason, now);
            }
        }
    }

    /** Logs one field's change, now. */
    public void append(ChangeSubject subject, String field, String oldValue, String newValue, String reason) {
        append(subject, field, oldValue, newValue, reason, now());
    }

    /**
     * Now, to the microsecond: what both databases keep of a timestamp, so that entries written together can be found
     * again by their time.
     */
    public static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Logs one field's change at a given time. */
    public void append(ChangeSubject subject, String field, String oldValue, String newValue, String reason, LocalDateTime at) {
        persist(entry(subject, field, oldValue, newValue), actor(), reason, at);
    }

    /**
     * Logs one field's change by a named actor, now: for work that runs outside the editor's request (a refresh on the
     * background worker, the schedule), where there is no identity to ask.
     */
    public void appendAs(String actor, ChangeSubject subject, String field, String oldValue, String newValue, String reason) {
        persist(entry(subject, field, oldValue, newValue), actor, reason, now());
    }

    private static ChangeLogEntry entry(ChangeSubject subject, String field, String oldValue, String newValue) {
        ChangeLogEntry e = new ChangeLogEntry();
        e.entityType = subject.entityType();
        e.entityKey = truncate(subject.key(), 300);
        e.modelSlug = subject.modelSlug();
        e.field = field;
        e.oldValue = truncate(oldValue, 10000);
        e.newValue = truncate(newValue, 10000);
        return e;
    }

    private void persist(ChangeLogEntry e, String actor, String reason, LocalDateTime at) {
        e.actor = truncate(actor, 100);
        e.changedAt = at;
        e.reason = truncate(reason, 1000);
        entries.persist(e);
        dataVersion.changed();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

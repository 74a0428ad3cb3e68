package org.llmleaderboard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * The review list: a source's record (or a stored model, source {@code name rule}) that the identity resolution could
 * not place — several candidates, or no plain model for a group of snapshot names. Never guessed into a merge: an
 * editor decides (the crosswalk file, or the merge/variant mutations). Each import replaces its source's entries.
 */
@Entity
@Table(name = "unresolved_record")
public class UnresolvedRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unresolved_record_seq")
    @SequenceGenerator(name = "unresolved_record_seq", sequenceName = "unresolved_record_seq", allocationSize = 50)
    public Long id;

    /** {@code llm-stats}, {@code name rule}, … */
    @Column(nullable = false, length = 40)
    public String source;

    /** The source's id of the record (llm-stats: {@code <organization>/<model>}; name rule: the model's slug). */
    @Column(name = "source_id", nullable = false, length = 300)
    public String sourceId;

    @Column(length = 300)
    public String name;

    @Column(nullable = false, length = 1000)
    public String reason;

    /** The models it could be, comma-separated slugs. */
    @Column(length = 2000)
    public String candidates;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime recordedAt;

    public static UnresolvedRecord of(String source, String sourceId, String name, String reason, String candidates) {
        UnresolvedRecord r = new UnresolvedRecord();
        r.source = source;
        r.sourceId = cut(sourceId, 300);
        r.name = cut(name, 300);
        r.reason = cut(reason, 1000);
        r.candidates = cut(candidates, 2000);
        r.recordedAt = LocalDateTime.now();
        return r;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

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

/** One recorded change of one field; never updated or deleted. */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
    @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 50)
    public Long id;

    /** {@code lab}, {@code model}, {@code benchmark}, {@code score} or {@code import}. */
    @Column(name = "entity_type", nullable = false, length = 20)
    public String entityType;

    @Column(name = "entity_key", nullable = false, length = 300)
    public String entityKey;

    @Column(name = "model_slug", length = 200)
    public String modelSlug;

    @Column(nullable = false, length = 100)
    public String field;

    @Column(name = "old_value", length = 10000)
    public String oldValue;

    @Column(name = "new_value", length = 10000)
    public String newValue;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(name = "changed_at", nullable = false)
    public LocalDateTime changedAt;

    @Column(length = 1000)
    public String reason;
}

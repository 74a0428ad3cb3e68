package org.llmleaderboard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Another name of a lab (a source's id, an old slug): it resolves to the lab and keeps old links working. */
@Entity
@Table(name = "lab_alias")
public class LabAlias extends PanacheEntityBase {

    @Id
    @Column(length = 300)
    public String alias;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id", nullable = false)
    public Lab lab;

    /** Where the alias comes from, e.g. {@code llm-stats}. */
    @Column(nullable = false, length = 40)
    public String origin;

    public static LabAlias of(String alias, Lab lab, String origin) {
        LabAlias a = new LabAlias();
        a.alias = alias;
        a.lab = lab;
        a.origin = origin;
        return a;
    }
}

package org.llmleaderboard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One sourced fact about a model: a number (with its unit) or a text, e.g. 60 layers, MLA attention,
 * 2.8 million GPU hours. Which facts exist is {@link FactKind}; a model may hold several values of one
 * fact from several sources.
 */
@Entity
@Table(name = "model_fact")
public class ModelFact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "model_fact_seq")
    @SequenceGenerator(name = "model_fact_seq", sequenceName = "model_fact_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    public LanguageModel model;

    /** The {@link FactKind} slug, e.g. {@code layers}. */
    @Column(nullable = false, length = 50)
    public String fact;

    @Column(name = "numeric_value")
    public Double numericValue;

    @Column(name = "text_value", length = 500)
    public String textValue;

    @Column(length = 40)
    public String unit;

    @Column(length = 1000)
    public String note;

    @Column(length = 40)
    public String origin;

    @Column(name = "source_url", length = 2000)
    public String sourceUrl;

    @Column(name = "source_citation", length = 1000)
    public String sourceCitation;
}

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

import java.time.LocalDate;

/**
 * One reported result of a model on a benchmark. A model may hold several per benchmark
 * (settings, sources); exactly one of them is the headline the leaderboard uses.
 */
@Entity
public class Score extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_seq")
    @SequenceGenerator(name = "score_seq", sequenceName = "score_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    public LanguageModel model;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "benchmark_id", nullable = false)
    public Benchmark benchmark;

    @Column(name = "score_value", nullable = false)
    public double scoreValue;

    /** How it was measured, e.g. {@code 5-shot}. */
    @Column(length = 100)
    public String setting;

    /** Whether the model's maker reported it; null when the source does not say. */
    @Column(name = "self_reported")
    public Boolean selfReported;

    @Column(name = "source_url", length = 2000)
    public String sourceUrl;

    /** A citation of the source, for sources without a URL or to name the URL's origin. */
    @Column(name = "source_citation", length = 1000)
    public String sourceCitation;

    @Column(name = "score_date")
    public LocalDate date;

    @Column(nullable = false)
    public boolean headline;
}

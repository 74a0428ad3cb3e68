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

    /** How it was measured (the analysis method), e.g. {@code 5-shot}. */
    @Column(length = 300)
    public String setting;

    /** The setting as values, derived from {@link #setting} and the benchmark's implied setting ({@link #deriveSetting()}). */
    public Integer shots;

    /** Whether chain of thought was used; null when not said. */
    public Boolean cot;

    @Column(name = "pass_at_k")
    public Integer passAtK;

    /** The harness, scaffold or prompt format, e.g. {@code agentless}. */
    @Column(length = 60)
    public String harness;

    /** The part of the benchmark scored, e.g. {@code diamond}. */
    @Column(length = 60)
    public String subset;

    /** {@link ScoreSetting#key()} of the values above: scores of one family rank together only with the same key. */
    @Column(name = "setting_key", nullable = false, length = 200)
    public String settingKey = ScoreSetting.UNSPECIFIED_KEY;

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

    /** The standard error, in the score's unit; null when the source gives none. */
    public Double stderr;

    /** True when the source ran the model itself (Epoch, LiveBench, aider); null when unknown. */
    public Boolean independent;

    /** The run's logs (Epoch's Inspect log viewer). */
    @Column(name = "log_url", length = 2000)
    public String logUrl;

    /** The source's edition the score belongs to: a LiveBench release ({@code 2026-01-08}); null for most. */
    @Column(length = 40)
    public String edition;

    @Column(nullable = false)
    public boolean headline;

    /** The data set it came from: {@code aicomputing101}, {@code llm-stats}, {@code deepseek-statistics}; null for edits. */
    @Column(length = 40)
    public String origin;

    /** The score's id in its origin (llm-stats' {@code model_benchmark_id}), to update it on a later import. */
    @Column(name = "external_id", length = 100)
    public String externalId;

    /** Whether a third party (llm-stats) re-ran and confirmed it; null when not said. */
    public Boolean verified;

    @Column(name = "verification_provider", length = 200)
    public String verificationProvider;

    @Column(name = "verification_hardware", length = 200)
    public String verificationHardware;

    @Column(name = "verification_date")
    public LocalDate verificationDate;

    @Column(name = "verification_notes", length = 2000)
    public String verificationNotes;

    /**
     * Sets the structured setting from the source's text ({@link #setting}) under the benchmark's implied setting;
     * every write path calls it once {@link #setting} and {@link #benchmark} are set.
     */
    public void deriveSetting() {
        ScoreSetting s = ScoreSetting.parse(setting).under(benchmark.impliedSetting());
        shots = s.shots();
        cot = s.cot();
        passAtK = s.passAtK();
        harness = s.harness();
        subset = s.subset();
        settingKey = s.key();
    }

    /** The structured setting as stored. */
    public ScoreSetting structuredSetting() {
        return new ScoreSetting(shots, cot, passAtK, harness, subset);
    }
}

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

/** A provider's offering of a model: prices in US dollars per million tokens, context window, maximum output. */
@Entity
@Table(name = "provider_offering")
public class ProviderOffering extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_offering_seq")
    @SequenceGenerator(name = "provider_offering_seq", sequenceName = "provider_offering_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    public Provider provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    public LanguageModel model;

    /** The model's name in the provider's API. */
    @Column(name = "provider_model_id", length = 300)
    public String providerModelId;

    /** US dollars per million input tokens. */
    @Column(name = "input_price")
    public Double inputPrice;

    /** US dollars per million output tokens. */
    @Column(name = "output_price")
    public Double outputPrice;

    /** USD per million cached input tokens. */
    @Column(name = "cache_read_price")
    public Double cacheReadPrice;

    /** When the source last checked the price. */
    @Column(name = "checked_on")
    public java.time.LocalDate checkedOn;

    /** The source it came from ({@code models-dev}); null for llm-stats' (its citation says it) and an editor's. */
    @Column(length = 40)
    public String origin;

    /** Maximum input tokens. */
    @Column(name = "context_window")
    public Integer contextWindow;

    /** Maximum output tokens. */
    @Column(name = "max_output")
    public Integer maxOutput;

    @Column(length = 50)
    public String quantization;

    /** Tokens per second, as measured by the source. */
    public Double throughput;

    /** Seconds to the first token, as measured by the source. */
    public Double latency;

    @Column(name = "external_id", length = 100)
    public String externalId;

    @Column(name = "source_url", length = 2000)
    public String sourceUrl;

    @Column(name = "source_citation", length = 1000)
    public String sourceCitation;
}

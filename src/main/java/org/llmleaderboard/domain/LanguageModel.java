package org.llmleaderboard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A large language model. Named LanguageModel because "Model" means too many things. */
@Entity
@Table(name = "language_model")
public class LanguageModel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "language_model_seq")
    @SequenceGenerator(name = "language_model_seq", sequenceName = "language_model_seq", allocationSize = 50)
    public Long id;

    /** {@code <lab>/<model>}, as the markdown set's paths: {@code deepseek-ai/deepseek-r2}. */
    @Column(nullable = false, unique = true, length = 200)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id", nullable = false)
    public Lab lab;

    /** Comma-separated, in published order; empty when the source only had its placeholder. */
    @Column(name = "headline_tags", length = 500)
    public String headlineTags;

    /** The release date as published: {@code May/2024}, {@code TBA}; null when not given. */
    @Column(length = 20)
    public String released;

    @Column(name = "release_date")
    public LocalDate releaseDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "release_precision", nullable = false, length = 10)
    public DatePrecision releasePrecision = DatePrecision.UNKNOWN;

    @Column(nullable = false, length = 10)
    public Access access = Access.UNKNOWN;

    /** Null when unknown. */
    @Column(length = 20)
    public Architecture architecture;

    /** Billions of parameters. */
    public Double parameters;

    /** Billions of parameters active per token (mixture-of-experts models). */
    @Column(name = "active_parameters")
    public Double activeParameters;

    /** Billions of training tokens. */
    @Column(name = "training_tokens")
    public Double trainingTokens;

    @Column(name = "dataset_type", length = 200)
    public String datasetType;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "model_tag", joinColumns = @JoinColumn(name = "model_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = 100)
    public List<String> tags = new ArrayList<>();

    @Column(length = 10000)
    public String notes;

    @Column(name = "playground_url", length = 2000)
    public String playgroundUrl;

    @Column(name = "paper_url", length = 2000)
    public String paperUrl;

    @Column(name = "last_updated")
    public LocalDate lastUpdated;

    /** Sort key: the unrounded ALScore from {@link DerivedMetrics}. */
    @Column(name = "alscore_key")
    public Double alScoreKey;

    /** Sort key: the unrounded token:param ratio from {@link DerivedMetrics}. */
    @Column(name = "ratio_key")
    public Double ratioKey;

    @Column(name = "search_text", nullable = false, length = 500)
    public String searchText;

    @Column(length = 4000)
    public String description;

    /** The data set that created it: {@code llm-stats}; null for the markdown set and editors. */
    @Column(length = 40)
    public String origin;

    /** The licence's id in llm-stats, e.g. {@code apache_2_0}, {@code proprietary}. */
    @Column(name = "licence_id", length = 200)
    public String licenceId;

    @Column(name = "licence_name", length = 200)
    public String licenceName;

    /** Whether the licence allows commercial use; null when unknown. */
    @Column(name = "licence_commercial")
    public Boolean licenceCommercial;

    /**
     * Whether the weights can be downloaded, derived from the licence and the weights link by
     * {@link OpenWeights}; null when unknown. Not the same as {@link Access#PUBLIC} (publicly usable).
     */
    @Column(name = "open_weights")
    public Boolean openWeights;

    @Column(name = "weights_url", length = 2000)
    public String weightsUrl;

    /** Release date to the day (llm-stats); {@link #released} keeps the markdown set's text. */
    @Column(name = "released_on")
    public LocalDate releasedOn;

    @Column(name = "announced_on")
    public LocalDate announcedOn;

    public Boolean multimodal;

    /** As published, to the month or the day: {@code 2025-02}, {@code 2024-09-30}. */
    @Column(name = "knowledge_cutoff", length = 10)
    public String knowledgeCutoff;

    /** Tokens, as its maker serves it (else the most common among its offerings). */
    @Column(name = "context_window")
    public Integer contextWindow;

    @Column(name = "max_output")
    public Integer maxOutput;

    /** Whether it is a reasoning ("thinking") model; null when unknown. */
    public Boolean reasoning;

    /**
     * The cheapest offering's prices, USD per million input and output tokens (cheapest by the 3:1 blend of input and
     * output); kept by every offering write so the leaderboard sorts and filters on them. Null: no priced offering.
     */
    @Column(name = "input_price")
    public Double inputPrice;

    @Column(name = "output_price")
    public Double outputPrice;

    /** Input modalities as a source gives them, alphabetical and comma-separated ({@code image,text}); null when none says. */
    @Column(name = "input_modalities", length = 100)
    public String inputModalities;

    /**
     * The {@link Capability} score, its coverage and its sort key: written by {@code service.rank.CapabilityScores}
     * only, with one statement per changed model, so an entity's flush never writes a stale copy over them.
     */
    @Column(name = "capability_score", insertable = false, updatable = false)
    public Double capabilityScore;

    @Column(name = "capability_coverage", insertable = false, updatable = false)
    public Integer capabilityCoverage;

    @Column(name = "capability_key", insertable = false, updatable = false)
    public Double capabilityKey;

    @Column(name = "api_url", length = 2000)
    public String apiUrl;

    @Column(name = "repo_url", length = 2000)
    public String repoUrl;

    /** The model it was fine-tuned from, when known. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fine_tuned_from_id")
    public LanguageModel fineTunedFrom;

    /**
     * The family model of a variant: "Gemma 3 27B" (llm-stats) belongs to "Gemma 3" (markdown set).
     * Variants stay models of their own, so nothing is lost and nothing is counted twice.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_id")
    public LanguageModel family;

    /**
     * The model this one is a variant of: a dated snapshot ("GPT-4o 2024-08-06"), instruct/base, a reasoning setting.
     * A variant keeps its own scores and page but is no leaderboard row of its own. One level deep.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "variant_of_id")
    public LanguageModel variantOf;

    /** Who placed it (as a variant, or as a model of its own after a split): {@code crosswalk}, a name rule, {@code editor}. */
    @Column(name = "variant_rule", length = 100)
    public String variantRule;

    /** Set on a model an editor placed: the import's rules leave it alone. */
    public static final String EDITOR = "editor";

    @Version
    @Column(nullable = false)
    public int version;

    public DerivedMetrics metrics() {
        return DerivedMetrics.of(parameters, trainingTokens);
    }

    /** Keeps the sort and search keys in step with the values they derive from. */
    @PrePersist
    @PreUpdate
    public void updateKeys() { // public: an import's bulk insert (repository.ModelInserts) writes rows without persist()
        alScoreKey = DerivedMetrics.rawAlScore(parameters, trainingTokens);
        ratioKey = DerivedMetrics.rawTokenParamRatio(parameters, trainingTokens);
        searchText = SearchText.of(name, lab == null ? null : lab.name);
    }
}

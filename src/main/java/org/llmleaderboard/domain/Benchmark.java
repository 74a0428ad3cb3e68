package org.llmleaderboard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A benchmark that models are scored on. */
@Entity
public class Benchmark extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "benchmark_seq")
    @SequenceGenerator(name = "benchmark_seq", sequenceName = "benchmark_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 4000)
    public String description;

    /** Unit of the scores as shown, e.g. {@code %}. */
    @Column(nullable = false, length = 20)
    public String unit;

    @Column(name = "higher_is_better", nullable = false)
    public boolean higherIsBetter = true;

    /** Lowest valid score, or null when unbounded. */
    @Column(name = "min_score")
    public Double minScore;

    /** Highest valid score, or null when unbounded. */
    @Column(name = "max_score")
    public Double maxScore;

    /** Comma-separated categories, e.g. {@code math,reasoning}. */
    @Column(length = 500)
    public String categories;

    /** Primary modality: text, image, audio, video or multimodal. */
    @Column(length = 20)
    public String modality;

    public Boolean multilingual;

    @Column(name = "paper_url", length = 2000)
    public String paperUrl;

    @Column(name = "implementation_url", length = 2000)
    public String implementationUrl;

    /**
     * Slug of this benchmark's family, when it is a variant of another (e.g. {@code swe-bench-verified-agentless} of
     * {@code swe-bench-verified}); null for a family (most benchmarks are a family of one). Families do not nest.
     */
    @Column(name = "parent_slug", length = 100)
    public String parentSlug;

    /**
     * The setting every score on this variant has, as a {@link ScoreSetting#key() key} (e.g. {@code harness-agentless}),
     * from the crosswalk or a name rule; null when the variant implies none.
     */
    @Column(name = "implied_setting", length = 200)
    public String impliedSetting;

    /** The slug of the family this benchmark ranks in: its parent's, or its own. */
    public String familySlug() {
        return parentSlug != null ? parentSlug : slug;
    }

    /** The setting the variant implies ({@link ScoreSetting#UNSPECIFIED} for none). */
    public ScoreSetting impliedSetting() {
        return ScoreSetting.ofKey(impliedSetting).orElse(ScoreSetting.UNSPECIFIED);
    }
}

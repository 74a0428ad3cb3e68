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

    /** Slug of the benchmark this one is a subset or variant of. */
    @Column(name = "parent_slug", length = 100)
    public String parentSlug;
}

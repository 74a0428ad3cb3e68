package org.llmleaderboard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A source's benchmark that the resolution rules could not place in a family: it was created as a benchmark of its
 * own (never guessed into a merge) and waits here for a person to decide, by a line in the crosswalk file.
 */
@Entity
@Table(name = "benchmark_review")
public class BenchmarkReview extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "benchmark_review_seq")
    @SequenceGenerator(name = "benchmark_review_seq", sequenceName = "benchmark_review_seq", allocationSize = 50)
    public Long id;

    /** The data set it came from, e.g. {@code llm-stats}. */
    @Column(nullable = false, length = 40)
    public String origin;

    @Column(name = "source_id", nullable = false, length = 300)
    public String sourceId;

    /** The benchmark it became. */
    @Column(name = "benchmark_slug", nullable = false, length = 100)
    public String benchmarkSlug;

    /** The family a name rule suggests, or null. */
    @Column(name = "candidate_slug", length = 100)
    public String candidateSlug;

    @Column(nullable = false, length = 1000)
    public String reason;

    public static BenchmarkReview of(String origin, String sourceId, String benchmarkSlug, String candidateSlug, String reason) {
        BenchmarkReview r = new BenchmarkReview();
        r.origin = origin;
        r.sourceId = sourceId;
        r.benchmarkSlug = benchmarkSlug;
        r.candidateSlug = candidateSlug;
        r.reason = reason;
        return r;
    }
}

package org.llmleaderboard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Another name of a benchmark (a source's id, an old slug): it resolves to the benchmark and keeps old links working. */
@Entity
@Table(name = "benchmark_alias")
public class BenchmarkAlias extends PanacheEntityBase {

    @Id
    @Column(length = 300)
    public String alias;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "benchmark_id", nullable = false)
    public Benchmark benchmark;

    /** Where the alias comes from, e.g. {@code llm-stats}. */
    @Column(nullable = false, length = 40)
    public String origin;

    public static BenchmarkAlias of(String alias, Benchmark benchmark, String origin) {
        BenchmarkAlias a = new BenchmarkAlias();
        a.alias = alias;
        a.benchmark = benchmark;
        a.origin = origin;
        return a;
    }
}

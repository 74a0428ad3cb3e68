package org.llmleaderboard.service.load.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.BenchmarkAlias;
import org.llmleaderboard.importer.BenchmarkCrosswalk;
import org.llmleaderboard.importer.identity.ModelNames;
import org.llmleaderboard.importer.llmstats.LlmStatsNames;
import org.llmleaderboard.importer.source.SourceScore;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.BenchmarkRepository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Step 3, benchmarks: the benchmark of each of the source's benchmark ids — by the benchmark crosswalk, an alias, its
 * slug, or its name (case and punctuation ignored) in the same unit; else created, with the source's name and unit.
 * A known benchmark in another unit is not it ("Arena Score" Elo is not a percent): a benchmark of its own is made.
 */
@ApplicationScoped
public class SourceBenchmarks {

    private final BenchmarkRepository benchmarks;
    private final AliasRepository aliases;

    SourceBenchmarks(BenchmarkRepository benchmarks, AliasRepository aliases) {
        this.benchmarks = benchmarks;
        this.aliases = aliases;
    }

    /** The benchmark of each source benchmark id, and how many were created. */
    public record Benchmarks(Map<String, Benchmark> byId, int created) {
    }

    public Benchmarks run(SourceRun run) {
        var existing = run.existing();
        Map<String, Benchmark> byKey = new HashMap<>();
        existing.benchmarks.values().forEach(b -> {
            byKey.putIfAbsent(ModelNames.key(b.name), b);
            byKey.putIfAbsent(ModelNames.key(b.slug), b);
        });
        Set<String> aliasTaken = new HashSet<>(existing.benchmarkAliases.keySet());
        Map<String, SourceScore> first = new LinkedHashMap<>();
        run.records().scores().forEach(s -> first.putIfAbsent(s.benchmark(), s));
        BenchmarkCrosswalk crosswalk = BenchmarkCrosswalk.bundled();
        Map<String, Benchmark> byId = new HashMap<>();
        int created = 0;
        for (SourceScore s : first.values()) {
            String slug = LlmStatsNames.slugify(s.benchmark());
            String known = crosswalk.find(run.origin(), s.benchmark()).map(BenchmarkCrosswalk.Entry::family)
                    .orElse(existing.benchmarkAliases.getOrDefault(slug, slug));
            Benchmark b = existing.benchmarks.get(known);
            if (b == null) {
                b = byKey.get(ModelNames.key(s.benchmarkName()));
            }
            if (b != null && !sameUnit(b.unit, s.unit())) {
                b = null;
            }
            if (b == null) {
                b = create(s, run);
                existing.benchmarks.put(b.slug, b);
                byKey.putIfAbsent(ModelNames.key(b.name), b);
                created++;
            }
            byId.put(s.benchmark(), b);
            if (!slug.equals(b.slug) && !existing.benchmarks.containsKey(slug) && aliasTaken.add(slug)) {
                aliases.persist(BenchmarkAlias.of(slug, b, run.origin()));
                existing.benchmarkAliases.put(slug, b.slug);
            }
        }
        return new Benchmarks(byId, created);
    }

    static boolean sameUnit(String unit, String other) {
        return unit == null || other == null || unit.equalsIgnoreCase(other)
                || ("%".equals(unit) && "percent".equalsIgnoreCase(other));
    }

    private Benchmark create(SourceScore s, SourceRun run) {
        String base = LlmStatsNames.slugify(s.benchmarkName());
        String slug = base;
        for (int n = 2; run.existing().benchmarks.containsKey(slug); n++) {
            slug = base + "-" + n;
        }
        Benchmark b = new Benchmark();
        b.slug = slug.length() > 100 ? slug.substring(0, 100) : slug;
        b.name = s.benchmarkName().length() > 200 ? s.benchmarkName().substring(0, 200) : s.benchmarkName();
        b.description = s.benchmarkName() + ", as published by " + run.source().name() + ".";
        b.unit = s.unit() == null ? "points" : s.unit().length() > 20 ? s.unit().substring(0, 20) : s.unit();
        if ("%".equals(b.unit)) {
            b.minScore = 0.0;
            b.maxScore = 100.0;
        }
        b.implementationUrl = s.sourceUrl() != null && s.sourceUrl().length() <= 2000 ? s.sourceUrl() : null;
        benchmarks.persist(b);
        return b;
    }
}

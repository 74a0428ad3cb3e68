package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.BenchmarkAlias;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.BenchmarkDecision;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.BenchmarkRepository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.ORIGIN;

/**
 * Step 2, benchmarks: creates the new ones in their unit ({@link BenchmarkScales}), gives every benchmark the metadata
 * it lacks, keeps llm-stats ids that are not slugs as aliases, and links sub-benchmarks to their parent.
 */
@ApplicationScoped
public class BenchmarkStep {

    /** What each llm-stats benchmark became, with its scale, and how many were matched and created. */
    public record Benchmarks(BenchmarkScales scales, int matched, int created) {
    }

    private final BenchmarkRepository benchmarks;
    private final AliasRepository aliases;

    BenchmarkStep(BenchmarkRepository benchmarks, AliasRepository aliases) {
        this.benchmarks = benchmarks;
        this.aliases = aliases;
    }

    public Benchmarks run(LlmStats.Contents contents, List<BenchmarkDecision> decisions, Existing existing) {
        BenchmarkScales scales = new BenchmarkScales(contents.models());
        Map<String, LlmStats.Benchmark> sources = new HashMap<>();
        contents.benchmarks().forEach(b -> sources.put(b.id(), b));
        Set<String> aliasTaken = new HashSet<>(existing.benchmarkAliases.keySet());
        int matched = 0;
        int created = 0;
        for (BenchmarkDecision d : decisions) {
            LlmStats.Benchmark src = sources.get(d.id());
            Benchmark b = existing.benchmarks.get(d.slug());
            if (d.action() == Action.CREATE) {
                b = create(d, src, scales.percent(src));
                existing.benchmarks.put(b.slug, b);
                created++;
            } else {
                matched++;
            }
            fillMetadata(b, src);
            scales.bind(src, b);
            if (!d.id().equals(b.slug) && !existing.benchmarks.containsKey(d.id()) && aliasTaken.add(d.id())) {
                aliases.persist(BenchmarkAlias.of(d.id(), b, ORIGIN));
            }
        }
        for (BenchmarkDecision d : decisions) {
            String parent = sources.get(d.id()).parentId();
            Benchmark b = scales.benchmark(d.id());
            if (parent != null && scales.benchmark(parent) != null && b.parentSlug == null) {
                b.parentSlug = scales.benchmark(parent).slug;
            }
        }
        return new Benchmarks(scales, matched, created);
    }

    private Benchmark create(BenchmarkDecision d, LlmStats.Benchmark src, boolean percent) {
        Benchmark b = new Benchmark();
        b.slug = d.slug();
        b.name = src.name();
        b.description = src.description() == null ? src.name() : src.description();
        b.unit = percent ? "%" : "points";
        b.higherIsBetter = true;
        b.minScore = 0.0;
        b.maxScore = percent ? 100.0 : src.maxScore();
        benchmarks.persist(b);
        return b;
    }

    /** Metadata the benchmark lacks (the seeded ones have no categories, modality or paper). */
    static void fillMetadata(Benchmark b, LlmStats.Benchmark src) {
        if (b.categories == null && !src.categories().isEmpty()) {
            b.categories = String.join(",", src.categories());
        }
        b.modality = b.modality == null ? src.modality() : b.modality;
        b.multilingual = b.multilingual == null ? src.multilingual() : b.multilingual;
        b.paperUrl = b.paperUrl == null ? src.paperUrl() : b.paperUrl;
        b.implementationUrl = b.implementationUrl == null ? src.implementationUrl() : b.implementationUrl;
    }
}

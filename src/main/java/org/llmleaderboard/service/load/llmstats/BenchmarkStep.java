package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.BenchmarkAlias;
import org.llmleaderboard.domain.BenchmarkReview;
import org.llmleaderboard.importer.BenchmarkCrosswalk;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.BenchmarkDecision;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.BenchmarkRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.ORIGIN;

/**
 * Step 2, benchmarks: creates the new ones in their unit ({@link BenchmarkScales}), gives every benchmark the metadata
 * it lacks, keeps llm-stats ids that are not slugs as aliases, and places each in its family ({@link BenchmarkFamilies}:
 * crosswalk, exact, source parent, name rules, review). A variant whose unit is not its family's is not placed (its
 * scores could not rank together) but put up for review; an import replaces the review entries of its benchmarks.
 */
@ApplicationScoped
public class BenchmarkStep {

    /**
     * What each llm-stats benchmark became, with its scale, how many were matched and created, how many are variants
     * of a family, and the review list ({@code source id → slug: reason}).
     */
    public record Benchmarks(BenchmarkScales scales, int matched, int created, int variants, List<String> review) {
    }

    private final BenchmarkRepository benchmarks;
    private final AliasRepository aliases;
    private final BenchmarkCrosswalk crosswalk;

    BenchmarkStep(BenchmarkRepository benchmarks, AliasRepository aliases) {
        this.benchmarks = benchmarks;
        this.aliases = aliases;
        this.crosswalk = BenchmarkCrosswalk.bundled();
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
        Map<String, String> parentOf = new HashMap<>();
        existing.benchmarks.values().forEach(b -> parentOf.put(b.slug, b.parentSlug));
        List<String> review = new ArrayList<>();
        int variants = 0;
        List<BenchmarkFamilies.Placement> placements = BenchmarkFamilies.place(decisions, sources, crosswalk, parentOf);
        // Only this import's benchmarks are decided again: a smaller file (one lab's models) must not empty the list.
        benchmarks.deleteReviews(ORIGIN, placements.stream().map(BenchmarkFamilies.Placement::sourceId).toList());
        for (BenchmarkFamilies.Placement p : placements) {
            Benchmark b = existing.benchmarks.get(p.slug());
            String problem = place(b, p, existing);
            if (problem != null) {
                review.add(p.sourceId() + " → " + p.slug() + ": " + problem);
                benchmarks.persistReview(BenchmarkReview.of(ORIGIN, p.sourceId(), p.slug(), p.family(), problem));
            } else if (b.parentSlug != null) {
                variants++;
            }
        }
        return new Benchmarks(scales, matched, created, variants, List.copyOf(review));
    }

    /** Applies a placement; the reason for review when it needs one, else null. */
    private static String place(Benchmark b, BenchmarkFamilies.Placement p, Existing existing) {
        switch (p.kind()) {
            case KEEP -> {
                return null;
            }
            case OWN -> {
                b.parentSlug = null;
                b.impliedSetting = null;
                return null;
            }
            case VARIANT -> {
                Benchmark family = existing.benchmarks.get(p.family());
                if (!family.unit.equals(b.unit)) {
                    return "its unit (" + b.unit + ") is not its family " + family.slug + "'s (" + family.unit + ")";
                }
                b.parentSlug = family.slug;
                b.impliedSetting = p.setting();
                return null;
            }
            default -> {
                return p.rule();
            }
        }
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

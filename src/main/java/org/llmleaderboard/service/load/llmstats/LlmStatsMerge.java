package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.importer.identity.ModelCrosswalk;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher;
import org.llmleaderboard.importer.llmstats.LlmStatsOverrides;

import org.llmleaderboard.service.identity.IdentityResolution;

import java.util.ArrayList;
import java.util.List;

/**
 * The merge's pipeline, in the caller's transaction: plans with {@link LlmStatsMatcher} (rules + override file), then
 * runs its steps in order — {@link LabStep labs}, {@link BenchmarkStep benchmarks}, {@link ModelStep models},
 * {@link ScoreStep scores}, {@link OfferingStep offerings}, {@link HeadlineStep headlines} — each handing what it made
 * to the next, and reports what they did.
 */
@ApplicationScoped
public class LlmStatsMerge {

    private final LabStep labs;
    private final BenchmarkStep benchmarks;
    private final ModelStep models;
    private final ScoreStep scores;
    private final OfferingStep offerings;
    private final HeadlineStep headlines;
    private final IdentityResolution identities;

    LlmStatsMerge(LabStep labs, BenchmarkStep benchmarks, ModelStep models, ScoreStep scores, OfferingStep offerings,
            HeadlineStep headlines, IdentityResolution identities) {
        this.identities = identities;
        this.labs = labs;
        this.benchmarks = benchmarks;
        this.models = models;
        this.scores = scores;
        this.offerings = offerings;
        this.headlines = headlines;
    }

    /** Merges the set into what {@code existing} holds (read in this transaction). */
    public MergeReport run(LlmStats.Contents contents, LlmStatsOverrides overrides, Existing existing) {
        LlmStatsMatcher.Plan plan = LlmStatsMatcher.plan(contents, existing.known(), overrides);
        LabStep.Labs l = labs.run(contents, plan.labs(), existing);
        BenchmarkStep.Benchmarks b = benchmarks.run(contents, plan.benchmarks(), existing);
        ModelStep.Models m = models.run(contents, plan.models(), existing, l.byOrg());
        ScoreStep.Scores s = scores.run(contents, m.byId(), b.scales(), existing);
        // Before the offerings, whose flush would insert the new scores before their headline flag is decided.
        headlines.apply(s.touchedModels(), s.createdScores());
        OfferingStep.Offerings o = offerings.run(contents, m.byId());
        // Last, over both sources: variants linked by the crosswalk and the name rules, the rest to the review list.
        IdentityResolution.Outcome identity = identities.resolveVariants(ModelCrosswalk.bundled());
        MergeReport report = report(l, b, m, s, o);
        report.notes().add("identity: " + identity.links().size() + " variants linked, " + identity.reviews()
                + " models on the review list");
        return report;
    }

    private static MergeReport report(LabStep.Labs l, BenchmarkStep.Benchmarks b, ModelStep.Models m, ScoreStep.Scores s,
            OfferingStep.Offerings o) {
        List<String> notes = new ArrayList<>(m.notes());
        notes.addAll(s.notes());
        return new MergeReport(m.matched().size(), m.created().size(), m.undecided().size(), m.skipped().size(), m.matched(),
                m.created(), m.undecided(), m.skipped(), l.matched(), l.created(), b.matched(), b.created(), s.created(),
                s.updated(), s.unchanged(), s.rejected(), o.count(), o.providersCreated(), notes, b.variants(), b.review());
    }
}

package org.llmleaderboard.service.load.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.DataSource;
import org.llmleaderboard.importer.identity.ModelCrosswalk;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.service.identity.IdentityResolution;
import org.llmleaderboard.service.load.llmstats.ExistingReader;
import org.llmleaderboard.service.load.llmstats.HeadlineStep;

import java.util.ArrayList;
import java.util.List;

/**
 * The merge's pipeline, in the caller's transaction: {@link SourceLabs labs}, {@link SourceModels models} (identity),
 * {@link SourceBenchmarks benchmarks}, {@link SourceScores scores}, {@link SourceOfferings offerings}, then the
 * variant links over all sources and the headlines of every touched model.
 */
@ApplicationScoped
public class SourceMerge {

    private final ExistingReader existing;
    private final SourceLabs labs;
    private final SourceModels models;
    private final SourceBenchmarks benchmarks;
    private final SourceScores scores;
    private final SourceOfferings offerings;
    private final HeadlineStep headlines;
    private final IdentityResolution identities;

    SourceMerge(ExistingReader existing, SourceLabs labs, SourceModels models, SourceBenchmarks benchmarks, SourceScores scores,
            SourceOfferings offerings, HeadlineStep headlines, IdentityResolution identities) {
        this.existing = existing;
        this.labs = labs;
        this.models = models;
        this.benchmarks = benchmarks;
        this.scores = scores;
        this.offerings = offerings;
        this.headlines = headlines;
        this.identities = identities;
    }

    public SourceReport run(DataSource source, SourceRecords records) {
        SourceRun run = new SourceRun(source, records, existing.read());
        SourceLabs.Labs l = labs.run(run.origin(), records.models(), run.existing());
        SourceModels.Models m = models.run(run, l.byName());
        SourceBenchmarks.Benchmarks b = benchmarks.run(run);
        SourceScores.Scores s = scores.run(run, m.byId(), b.byId());
        // Before the offerings, whose flush would insert the new scores before their headline flag is decided.
        headlines.apply(s.touchedModels(), s.created());
        SourceReport.Counts o = offerings.run(run, m.byId());
        IdentityResolution.Outcome identity = identities.resolveVariants(ModelCrosswalk.bundled());
        List<String> notes = new ArrayList<>(records.problems());
        notes.addAll(m.notes());
        notes.addAll(s.notes());
        notes.add("identity: " + identity.links().size() + " variants linked, " + identity.reviews() + " models on the review list");
        return new SourceReport(run.origin(), m.counts(), s.counts(), o, l.created(), b.created(), m.variants(), m.conflicts().size(),
                cap(m.conflicts()), cap(notes));
    }

    private static List<String> cap(List<String> lines) {
        return lines.size() <= SourceReport.MAX_LINES ? List.copyOf(lines) : List.copyOf(lines.subList(0, SourceReport.MAX_LINES));
    }
}

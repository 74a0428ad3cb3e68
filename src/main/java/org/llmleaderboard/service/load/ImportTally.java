package org.llmleaderboard.service.load;

import org.llmleaderboard.importer.ImportRejection;
import org.llmleaderboard.service.edit.Outcome;
import org.llmleaderboard.service.identity.IdentityResolution;

import java.util.ArrayList;
import java.util.List;

/** What a write of an import did so far: the outcomes per kind, and the rejected entries in the order met. */
final class ImportTally {

    /** Outcomes of one kind, counted by {@link Outcome}. */
    static final class Tally {
        private final int[] counts = new int[Outcome.values().length];

        void add(Outcome outcome) {
            counts[outcome.ordinal()]++;
        }

        int created() {
            return counts[Outcome.CREATED.ordinal()];
        }

        ImportReport.Counts counts() {
            return new ImportReport.Counts(created(), counts[Outcome.UPDATED.ordinal()], counts[Outcome.UNCHANGED.ordinal()]);
        }
    }

    final Tally labs = new Tally();
    final Tally benchmarks = new Tally();
    final Tally models = new Tally();
    final Tally scores = new Tally();
    final List<ImportRejection> rejected = new ArrayList<>();
    /** What the identity step did after the write; null when a rejection stopped it. */
    IdentityResolution.Outcome identity;

    void reject(int line, String key, String reason) {
        rejected.add(new ImportRejection(line, key, reason));
    }

    /** The report of this write; {@code written}: whether it commits. */
    ImportReport report(ImportFormat format, String file, boolean dryRun, boolean written, List<String> notes) {
        List<String> all = new ArrayList<>(notes);
        if (identity != null) {
            identity.links().forEach(l -> all.add("variant: " + l.slug() + " of " + l.canonical() + " (" + l.rule() + ")"));
            if (identity.reviews() > 0) {
                all.add("identity: " + identity.reviews() + " models the name rules cannot place are on the review list (/data-quality)");
            }
        }
        return new ImportReport(format.label(), file, dryRun, written, models.counts(), scores.counts(), labs.counts(),
                benchmarks.counts(), rejected, all, null);
    }
}

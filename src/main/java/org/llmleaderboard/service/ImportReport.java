package org.llmleaderboard.service;

import org.llmleaderboard.service.load.llmstats.MergeReport;

import java.util.List;

/**
 * The answer of an import ({@code merge}: for {@code format=llm-stats}, what was matched, created and left undecided): what it did (or, in a dry run or when a row was rejected, what it would
 * have done), and every rejected row with its line and reason. Rejected rows mean nothing was written.
 */
@io.quarkus.runtime.annotations.RegisterForReflection(targets = { ImportReport.class, ImportReport.Counts.class,
        ImportReport.Rejection.class })
public record ImportReport(String format, String file, boolean dryRun, boolean written, Counts models, Counts scores,
        Counts labs, Counts benchmarks, List<Rejection> rejected, List<String> notes, MergeReport merge) {

    /** A report without a merge report (every format but llm-stats). */
    public ImportReport(String format, String file, boolean dryRun, boolean written, Counts models, Counts scores, Counts labs,
            Counts benchmarks, List<Rejection> rejected, List<String> notes) {
        this(format, file, dryRun, written, models, scores, labs, benchmarks, rejected, notes, null);
    }

    public record Counts(int created, int updated, int unchanged) {
    }

    /** A row that cannot be imported: its line (1 = the header or first line), what it is, and why. */
    public record Rejection(int line, String key, String reason) {
    }
}

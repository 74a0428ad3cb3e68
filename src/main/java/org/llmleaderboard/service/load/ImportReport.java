package org.llmleaderboard.service.load;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.llmleaderboard.importer.ImportRejection;
import org.llmleaderboard.service.load.llmstats.MergeReport;

import java.util.List;

/**
 * The answer of an import ({@code merge}: for {@code format=llm-stats}, what was matched, created and left undecided): what it did (or, in a dry run or when a row was rejected, what it would
 * have done), and every rejected row with its line and reason. Rejected rows mean nothing was written. {@code job}: the
 * import's id in {@code ImportJobs} (GraphQL's {@code importJob}, the page /admin/imports).
 */
@RegisterForReflection(targets = { ImportReport.class, ImportReport.Counts.class })
public record ImportReport(String format, String file, boolean dryRun, boolean written, Counts models, Counts scores,
        Counts labs, Counts benchmarks, List<ImportRejection> rejected, List<String> notes, MergeReport merge, String job) {

    public ImportReport(String format, String file, boolean dryRun, boolean written, Counts models, Counts scores, Counts labs,
            Counts benchmarks, List<ImportRejection> rejected, List<String> notes, MergeReport merge) {
        this(format, file, dryRun, written, models, scores, labs, benchmarks, rejected, notes, merge, null);
    }

    /** This report with the id of its import job ({@code ImportJobs}: its progress and outcome). */
    ImportReport withJob(String id) {
        return new ImportReport(format, file, dryRun, written, models, scores, labs, benchmarks, rejected, notes, merge, id);
    }

    public record Counts(int created, int updated, int unchanged) {
    }
}

package org.llmleaderboard.service.load;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.llmleaderboard.importer.ImportRejection;
import org.llmleaderboard.service.load.llmstats.MergeReport;

import java.util.List;

/**
 * The answer of an import ({@code merge}: for {@code format=llm-stats}, what was matched, created and left undecided): what it did (or, in a dry run or when a row was rejected, what it would
 * have done), and every rejected row with its line and reason. Rejected rows mean nothing was written.
 */
@RegisterForReflection(targets = { ImportReport.class, ImportReport.Counts.class })
public record ImportReport(String format, String file, boolean dryRun, boolean written, Counts models, Counts scores,
        Counts labs, Counts benchmarks, List<ImportRejection> rejected, List<String> notes, MergeReport merge) {

    public record Counts(int created, int updated, int unchanged) {
    }
}

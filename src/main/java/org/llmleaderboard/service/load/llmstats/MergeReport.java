package org.llmleaderboard.service.load.llmstats;

import java.util.List;

/**
 * What a merge of the llm-stats set did (or, in a dry run, would do): which of its models it matched to existing
 * models, which it created (variants with their family), which it could not decide (not imported: add a line to
 * the override file) and which the override file skipped; with the counts of labs, benchmarks, scores and offerings;
 * how many benchmarks were placed in a family as variants, and the benchmarks put up for review (also kept in the
 * {@code benchmark_review} table): {@code source id → slug: reason}.
 */
@io.quarkus.runtime.annotations.RegisterForReflection(targets = { MergeReport.class, MergeReport.Entry.class })
public record MergeReport(int matchedCount, int createdCount, int undecidedCount, int skippedCount, List<Entry> matched,
        List<Entry> created, List<Entry> undecided, List<Entry> skipped, int labsMatched, int labsCreated,
        int benchmarksMatched, int benchmarksCreated, int scoresCreated, int scoresUpdated, int scoresUnchanged,
        int scoresRejected, int offerings, int providersCreated, List<String> notes, int benchmarkVariants,
        List<String> benchmarkReview) {

    /**
     * One llm-stats model: its id and name, the model it became ({@code slug}), its family (created variants), the
     * rule that decided, and for an undecided one the models it hesitated between.
     */
    public record Entry(String id, String name, String slug, String family, String rule, List<String> candidates) {
    }

    @Override
    public String toString() {
        return "%d matched, %d created, %d undecided, %d skipped; labs %d matched, %d created; benchmarks %d matched, %d created, %d variants, %d to review; scores %d created, %d updated, %d unchanged, %d rejected; %d offerings"
                .formatted(matchedCount, createdCount, undecidedCount, skippedCount, labsMatched, labsCreated, benchmarksMatched,
                        benchmarksCreated, benchmarkVariants, benchmarkReview.size(), scoresCreated, scoresUpdated, scoresUnchanged, scoresRejected, offerings);
    }
}

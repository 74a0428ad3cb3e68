package org.llmleaderboard.service.load.source;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/**
 * What a merge of one source did, for the log, the admin page and GraphQL: new, updated, unchanged and removed rows
 * per kind, and the conflicts (records the identity rules could not place, values that disagree with a model's own).
 *
 * @param conflicts one line each, capped at {@link #MAX_LINES}; {@code conflictCount} is the full number
 * @param notes     what else is worth reading (rows left out and why), capped likewise
 */
@Type("RefreshReport")
@Description("What an import of a source changed: rows per kind, and the conflicts it left to a curator")
@RegisterForReflection
public record SourceReport(String origin, Counts models, Counts scores, Counts offerings, int labsCreated, int benchmarksCreated,
        int variants, int conflictCount, List<String> conflicts, List<String> notes) {

    public static final int MAX_LINES = org.llmleaderboard.repository.RelationSizes.REFRESH_REPORT_LINES;

    /** Rows of one kind: created, updated in place, found unchanged, and removed (gone from the source). */
    @Type("RowCounts")
    @RegisterForReflection
    public record Counts(int created, int updated, int unchanged, int removed) {
        @Override
        public String toString() {
            return "%d new, %d updated, %d unchanged, %d removed".formatted(created, updated, unchanged, removed);
        }
    }

    @Override
    public String toString() {
        return "%s: models %s (%d variants); scores %s; offerings %s; %d labs and %d benchmarks created; %d conflicts".formatted(
                origin, models, variants, scores, offerings, labsCreated, benchmarksCreated, conflictCount);
    }
}

package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A data source with what it contributed and when it was imported: an entry of {@code /sources} and GraphQL's {@code sources}. */
@Type("Source")
@Description("A data source the app bundles: its licence, snapshot, the attribution its licence asks for, and what it contributed")
public record SourceInfo(
        @NonNull @Description("The `origin` its scores and facts carry, e.g. `llm-stats`") String id,
        @NonNull @Description("Its name, as credited") String name,
        @Description("Its upstream repository or page") String url,
        @NonNull @Description("Its licence, e.g. `CC BY 4.0`") String licence,
        @Description("The licence's text") String licenceUrl,
        @NonNull @Description("The bundled snapshot: repository and commit, e.g. `JonathanChavezTamales/llm-leaderboard@24a9ccf`") String snapshot,
        @NonNull @Description("The snapshot's commit, e.g. `24a9ccf`") String commit,
        @Description("The snapshot's commit upstream") String snapshotUrl,
        @Description("The snapshot's date; null when the source is not dated") LocalDate snapshotDate,
        @NonNull @Description("The attribution its licence asks for") String attribution,
        @NonNull @Description("What it contributed to this database, counted now") SourceCounts counts,
        @Description("When its bundled snapshot was loaded into this database; null when it was not") LocalDateTime bundledAt,
        @Description("What that load reported") String bundledSummary,
        @Description("Its last import: the bundled load or a later upload of its format, whichever is newer") LocalDateTime lastImport) {

    /** Counts of what one source contributed. */
    @Type("SourceCounts")
    @Description("What a source contributed, counted now")
    public record SourceCounts(
            @Description("Models it gives scores, facts or ids of") int models,
            @Description("Models it created (the others it matched to models already there); null when its models carry no "
                    + "mark of it (the markdown set's: see `bundledSummary`)") Integer modelsCreated,
            @Description("Scores") int scores,
            @Description("Sourced facts") int facts,
            @Description("Providers' offerings (prices)") int offerings) {
    }
}

package org.llmleaderboard.service.load;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDateTime;

/** An upload's import as it stands: what GraphQL's {@code importJob} and the page {@code /admin/imports} show. */
@Type("ImportJob")
@Description("An editor's import of a file (POST /admin/import): its progress while it runs, then what it did")
@RegisterForReflection
public record ImportStatus(
        @NonNull @Description("The import's id, also in the report of POST /admin/import") String id,
        @NonNull @Description("The file's format: markdown, csv, json or llm-stats") String format,
        @Description("The file's name (the X-File-Name header), when sent") String file,
        @NonNull @Description("READING, MODELS, LINKS, IDENTITY, COMMITTING, then DONE (written), ROLLED_BACK (a dry run or a "
                + "rejected row: nothing written) or FAILED (nothing written)") String phase,
        @NonNull @Description("How far it got, in words: \"35,000 of 100,000 models, 2,400/s\"") String progress,
        @Description("The models in the file, once read") Integer models,
        @NonNull @Description("The models handled so far (written, or rejected)") int modelsDone,
        @NonNull @Description("The entries rejected so far") int rejected,
        @NonNull @Description("Whether it still runs") boolean running,
        @NonNull LocalDateTime startedAt,
        LocalDateTime finishedAt,
        @Description("What it did, once finished: the counts of the report") String summary,
        @Description("Why it failed, when FAILED") String error) {
}

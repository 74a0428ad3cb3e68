package org.llmleaderboard.service.load.source;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDateTime;

/** A refresh of one source as it stands: what GraphQL's {@code refreshJob} and the admin page's progress show. */
@Type("RefreshJob")
@Description("An editor's re-import of one source from a directory or a URL: its progress, then what it changed")
@RegisterForReflection
public record RefreshStatus(
        @NonNull @Description("The job's id, to ask for its progress") String id,
        @NonNull @Description("The source's id, e.g. `livebench`") String source,
        @NonNull @Description("Where it reads: the URL or directory") String location,
        @NonNull @Description("QUEUED, DOWNLOADING, READING, MERGING, DONE or FAILED") Phase phase,
        @NonNull @Description("What it is doing, in words") String progress,
        @NonNull LocalDateTime startedAt,
        LocalDateTime finishedAt,
        @Description("What the reader read, once read: models, scores, offerings, problems") String read,
        @Description("What the merge changed, once DONE: nothing is written unless the whole import succeeds") SourceReport report,
        @Description("Why it failed, when FAILED; nothing was written") String error) {

    public enum Phase { QUEUED, DOWNLOADING, READING, MERGING, DONE, FAILED }

    public boolean finished() {
        return phase == Phase.DONE || phase == Phase.FAILED;
    }
}

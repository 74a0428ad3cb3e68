package org.llmleaderboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.llmleaderboard.security.EditorGuard;
import org.llmleaderboard.security.ForbiddenException;
import org.llmleaderboard.security.UnauthenticatedException;
import org.llmleaderboard.service.load.ImportJobs;
import org.llmleaderboard.service.load.ImportStatus;

import java.util.List;

/** The uploads' imports (POST /admin/import) and their progress: editors only, as the imports themselves. */
@GraphQLApi
public class ImportGraphQLApi {

    private final ImportJobs jobs;
    private final EditorGuard guard;

    ImportGraphQLApi(ImportJobs jobs, EditorGuard guard) {
        this.jobs = jobs;
        this.guard = guard;
    }

    @Query("importJob")
    @Description("An import's progress while it runs (`progress`: \"35,000 of 100,000 models, 2,400/s\") and how it ended; "
            + "null for an unknown id (the last 20 are kept, until a restart)")
    public ImportStatus importJob(@NonNull @Name("id") String id) throws UnauthenticatedException, ForbiddenException {
        guard.requireEditor();
        return jobs.status(id).orElse(null);
    }

    @Query("importJobs")
    @Description("The running and recent imports, newest first (the last 20, until a restart)")
    public @NonNull List<@NonNull ImportStatus> importJobs() throws UnauthenticatedException, ForbiddenException {
        guard.requireEditor();
        return jobs.recent();
    }
}

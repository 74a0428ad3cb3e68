package org.llmleaderboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.llmleaderboard.security.EditorGuard;
import org.llmleaderboard.security.ForbiddenException;
import org.llmleaderboard.security.UnauthenticatedException;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.load.source.RefreshStatus;
import org.llmleaderboard.service.load.source.SourceRefreshService;

import java.util.List;

/** An editor's refresh of one open source, and its progress: writes and reports both need the editor. */
@GraphQLApi
public class RefreshGraphQLApi {

    private final SourceRefreshService refreshes;
    private final EditorGuard guard;

    RefreshGraphQLApi(SourceRefreshService refreshes, EditorGuard guard) {
        this.refreshes = refreshes;
        this.guard = guard;
    }

    @Mutation("refreshSource")
    @Description("Re-imports one source (`Query.sources` ids: `livebench`, `models-dev`, ...) from a zip at `url` or a checkout "
            + "`directory` under the server's allowed roots, in its upstream layout. Runs in the background, one at a time; "
            + "ask `refreshJob(id)` for its progress and report. All or nothing: a failed import writes nothing.")
    public @NonNull RefreshStatus refreshSource(@NonNull @Name("source") String source, @Name("url") String url,
            @Name("directory") String directory) throws UnauthenticatedException, ForbiddenException, InvalidArgumentException {
        String editor = guard.requireEditor();
        return refreshes.start(source, url, directory, editor);
    }

    @Query("refreshJob")
    @Description("A refresh's progress and, once done, what it changed (new, updated, unchanged and removed rows, conflicts)")
    public RefreshStatus refreshJob(@NonNull @Name("id") String id) throws UnauthenticatedException, ForbiddenException {
        guard.requireEditor();
        return refreshes.status(id).orElse(null);
    }

    @Query("refreshJobs")
    @Description("The recent refreshes, newest first")
    public @NonNull List<@NonNull RefreshStatus> refreshJobs() throws UnauthenticatedException, ForbiddenException {
        guard.requireEditor();
        return refreshes.recent();
    }
}

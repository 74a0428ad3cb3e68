package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.DataSource;

/** A score's data source in brief: what a reader needs to credit it, from the registry alone (no statement). */
@Type("SourceRef")
@Description("The data source of a score, in brief; see `Query.sources` for the rest")
public record SourceRef(
        @NonNull @Description("The source's id, its `origin`, e.g. `llm-stats`") String id,
        @NonNull @Description("Its name") String name,
        @Description("Its upstream repository or page") String url,
        @NonNull @Description("Its licence, e.g. `CC BY 4.0`") String licence,
        @Description("The licence's text") String licenceUrl) {

    public static SourceRef of(DataSource s) {
        return new SourceRef(s.id(), s.name(), s.url(), s.licence(), s.licenceUrl());
    }
}

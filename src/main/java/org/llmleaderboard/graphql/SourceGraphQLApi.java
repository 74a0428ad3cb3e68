package org.llmleaderboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.llmleaderboard.service.read.FactEntry;
import org.llmleaderboard.service.read.OfferingEntry;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.service.read.SourceInfo;
import org.llmleaderboard.service.read.SourceRef;
import org.llmleaderboard.service.read.SourceService;

import java.util.List;

/** The data sources (as on {@code /sources}) and the source of each score, fact and offering, from the registry alone. */
@GraphQLApi
public class SourceGraphQLApi {

    private final SourceService sources;

    SourceGraphQLApi(SourceService sources) {
        this.sources = sources;
    }

    @Query("sources")
    @Description("The data sources the app bundles, with their licences, snapshots, attributions and what each contributed")
    public @NonNull List<@NonNull SourceInfo> sources() {
        return sources.sources();
    }

    @Name("source")
    @Description("The data source the score came from (`name url licence`); null for an editor's score")
    public List<SourceRef> dataSource(@Source List<ScoreEntry> scores) {
        return scores.stream().map(s -> sources.sourceOf(s.origin(), s.citation())).toList();
    }

    @Name("source")
    @Description("The data source the fact came from (`name url licence`); null for an editor's fact")
    public List<SourceRef> factDataSource(@Source List<FactEntry> facts) {
        return facts.stream().map(f -> sources.sourceOf(f.origin(), f.citation())).toList();
    }

    @Name("source")
    @Description("The data source the offering came from (`name url licence`); null for an editor's offering")
    public List<SourceRef> offeringDataSource(@Source List<OfferingEntry> offerings) {
        return offerings.stream().map(o -> sources.sourceOf(o.origin(), o.citation())).toList();
    }
}

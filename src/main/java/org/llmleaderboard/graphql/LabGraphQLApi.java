package org.llmleaderboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.llmleaderboard.service.read.LabInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.LeaderboardService;

import java.util.List;

@GraphQLApi
public class LabGraphQLApi {

    private final LeaderboardService leaderboard;

    LabGraphQLApi(LeaderboardService leaderboard) {
        this.leaderboard = leaderboard;
    }

    @Query("labs")
    @Description("All labs, by name")
    public @NonNull List<@NonNull LabInfo> labs() {
        return leaderboard.labs();
    }

    @Query("lab")
    @Description("One lab by its slug, e.g. `deepseek-ai`")
    public LabInfo lab(@NonNull String slug) {
        return leaderboard.lab(slug).orElse(null);
    }

    @Name("modelCount")
    @Description("Number of models of the lab in the database")
    public @NonNull List<@NonNull Integer> modelCount(@Source List<LabInfo> labs) {
        return leaderboard.modelCounts(labs);
    }

    @Name("aliases")
    @Description("Other names of the lab: other sources' ids (llm-stats' `qwen` for Alibaba) and labs merged into it (`google`); each filters and links to it")
    public @NonNull List<@NonNull List<@NonNull String>> aliases(@Source List<LabInfo> labs) {
        return leaderboard.labAliases(labs);
    }

    @Name("models")
    @Description("The lab's models, best ALScore first")
    public @NonNull List<@NonNull List<@NonNull ModelSummary>> models(@Source List<LabInfo> labs) {
        return leaderboard.modelsOfLabs(labs);
    }
}

package org.llmleaderboard.graphql.input;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.llmleaderboard.service.edit.ModelCommand;

import java.util.List;

/** The GraphQL shape of a {@link ModelCommand}, which holds the validation rules. */
@Input("ModelInput")
@Description("A model to create, or to update by its slug (all fields are replaced; send `version` to update)")
public class ModelInput {
    @NonNull
    public String slug;
    @NonNull
    public String name;
    @NonNull @Description("The lab's slug")
    public String lab;
    @Description("As published: `May/2024`, `2025-08-21`, `2024` or `TBA`")
    public String released;
    @Description("public, private or unknown")
    public String access;
    @Description("dense, moe, hybrid, matformer, coe, compound or unknown")
    public String architecture;
    @Description("Billions")
    public Double parameters;
    @Description("Billions")
    public Double activeParameters;
    @Description("Billions")
    public Double trainingTokens;
    public String datasetType;
    public List<@NonNull String> headlineTags;
    public List<@NonNull String> tags;
    public String notes;
    public String playgroundUrl;
    public String paperUrl;
    @Description("The version read from `LanguageModel.version`; required to update an existing model")
    public Integer version;
    @Description("Why, or the source of the change; kept in the change log")
    public String reason;

    public ModelCommand toCommand() {
        return new ModelCommand(slug, name, lab, released, access, architecture, parameters, activeParameters, trainingTokens,
                datasetType, headlineTags, tags, notes, playgroundUrl, paperUrl, version, reason);
    }
}

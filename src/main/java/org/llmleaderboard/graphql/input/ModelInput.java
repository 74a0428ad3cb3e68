package org.llmleaderboard.graphql.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Input("ModelInput")
@Description("A model to create, or to update by its slug (all fields are replaced; send `version` to update)")
public class ModelInput {
    @NonNull @NotBlank @Pattern(regexp = Patterns.MODEL_SLUG, message = "must be '<lab>/<model>' in lower-case slug form")
    public String slug;
    @NonNull @NotBlank @Size(max = 200)
    public String name;
    @NonNull @NotBlank @Description("The lab's slug")
    public String lab;
    @Description("As published: `May/2024`, `2025-08-21`, `2024` or `TBA`") @Size(max = 20)
    public String released;
    @Description("public, private or unknown")
    public String access;
    @Description("dense, moe, hybrid, matformer, coe, compound or unknown")
    public String architecture;
    @PositiveOrZero @Description("Billions")
    public Double parameters;
    @PositiveOrZero @Description("Billions")
    public Double activeParameters;
    @PositiveOrZero @Description("Billions")
    public Double trainingTokens;
    @Size(max = 200)
    public String datasetType;
    @Size(max = 10)
    public List<@NonNull @Size(max = 50) String> headlineTags;
    @Size(max = 50)
    public List<@NonNull @Size(max = 100) String> tags;
    @Size(max = 10000)
    public String notes;
    @Pattern(regexp = Patterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = 2000)
    public String playgroundUrl;
    @Pattern(regexp = Patterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = 2000)
    public String paperUrl;
    @Description("The version read from `LanguageModel.version`; required to update an existing model")
    public Integer version;
    @Description("Why, or the source of the change; kept in the change log") @Size(max = 1000)
    public String reason;
    /** Imports keep the source's date; interactive writes set today. Not part of the GraphQL input. */
    @org.eclipse.microprofile.graphql.Ignore
    public java.time.LocalDate lastUpdated;
}

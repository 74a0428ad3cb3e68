package org.llmleaderboard.graphql.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("BenchmarkInput")
@Description("A benchmark to create, or to update by its slug")
public class BenchmarkInput {
    @NonNull @NotBlank @Pattern(regexp = Patterns.SLUG, message = "must be a slug: lower-case letters, digits, '.', '-'")
    public String slug;
    @NonNull @NotBlank @Size(max = 200)
    public String name;
    @NonNull @NotBlank @Size(max = 4000)
    public String description;
    @Description("Unit of its scores, default `%`") @Size(max = 20)
    public String unit;
    @Description("Default true")
    public Boolean higherIsBetter;
    @Description("Lowest valid score (default 0 for %)")
    public Double minScore;
    @Description("Highest valid score (default 100 for %)")
    public Double maxScore;
    @Size(max = 1000)
    public String reason;
}

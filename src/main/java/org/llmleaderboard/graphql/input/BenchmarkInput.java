package org.llmleaderboard.graphql.input;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.llmleaderboard.service.edit.BenchmarkCommand;

/** The GraphQL shape of a {@link BenchmarkCommand}, which holds the validation rules. */
@Input("BenchmarkInput")
@Description("A benchmark to create, or to update by its slug")
public class BenchmarkInput {
    @NonNull
    public String slug;
    @NonNull
    public String name;
    @NonNull
    public String description;
    @Description("Unit of its scores, default `%`")
    public String unit;
    @Description("Default true")
    public Boolean higherIsBetter;
    @Description("Lowest valid score (default 0 for %)")
    public Double minScore;
    @Description("Highest valid score (default 100 for %)")
    public Double maxScore;
    public String reason;

    public BenchmarkCommand toCommand() {
        return new BenchmarkCommand(slug, name, description, unit, higherIsBetter, minScore, maxScore, reason);
    }
}

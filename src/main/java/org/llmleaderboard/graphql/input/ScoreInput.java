package org.llmleaderboard.graphql.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ScoreInput")
@Description("A score to record; one model, benchmark, setting and source identify it (recording it again updates it)")
public class ScoreInput {
    @NonNull @NotBlank @Description("Model slug")
    public String model;
    @NonNull @NotBlank @Description("Benchmark slug")
    public String benchmark;
    @NonNull @NotNull
    public Double value;
    // As wide as the column (V5): llm-stats keeps its analysis method here, up to 197 characters in the bundled set.
    @Size(max = 300) @Description("e.g. `5-shot`, or an analysis method")
    public String setting;
    public Boolean selfReported;
    @Pattern(regexp = Patterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = 2000)
    public String sourceUrl;
    @Size(max = 1000) @Description("A citation, where there is no URL")
    public String source;
    @Pattern(regexp = Patterns.ISO_DATE, message = "must be a date, yyyy-MM-dd")
    public String date;
    @Description("Make it the headline score of the model on the benchmark (the first score always is)")
    public Boolean headline;
    @Size(max = 1000)
    public String reason;
}

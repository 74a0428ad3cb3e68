package org.llmleaderboard.graphql.input;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.llmleaderboard.service.edit.ScoreCommand;

/** The GraphQL shape of a {@link ScoreCommand}, which holds the validation rules. */
@Input("ScoreInput")
@Description("A score to record; one model, benchmark, setting and source identify it (recording it again updates it)")
public class ScoreInput {
    @NonNull @Description("Model slug")
    public String model;
    @NonNull @Description("Benchmark slug")
    public String benchmark;
    @NonNull
    public Double value;
    @Description("e.g. `5-shot`, or an analysis method")
    public String setting;
    public Boolean selfReported;
    public String sourceUrl;
    @Description("A citation, where there is no URL")
    public String source;
    public String date;
    @Description("Make it the headline score of the model on the benchmark (the first score always is)")
    public Boolean headline;
    public String reason;

    public ScoreCommand toCommand() {
        return new ScoreCommand(model, benchmark, value, setting, selfReported, sourceUrl, source, date, headline, reason);
    }
}

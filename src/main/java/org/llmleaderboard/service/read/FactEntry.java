package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.FactKind;
import org.llmleaderboard.domain.ModelFact;

@Type("ModelFact")
@Description("A sourced fact about a model: active parameters, layers, experts, attention, context window, training hardware, GPU hours, downloads, ...")
public record FactEntry(
        @Ignore Long modelId,
        @NonNull @Description("The fact, e.g. `layers`, `attention`, `gpu-hours`") String fact,
        @NonNull @Description("What the fact is called, e.g. `Layers`") String label,
        @Description("The value, when a number") Double value,
        @Description("The value, when a text (e.g. `Multi-head Latent Attention (MLA)`)") String text,
        @Description("Unit of the value, e.g. `B` (billions), `tokens`, `hours`") String unit,
        @Description("A note, e.g. what the number counts") String note,
        @Description("The data set it came from") String origin,
        @Description("Where the fact comes from") String sourceUrl,
        @Description("A citation of the source, as written on the fact") String citation) {

    public static FactEntry from(ModelFact f) {
        return new FactEntry(f.model.id, f.fact, FactKind.parse(f.fact).map(FactKind::label).orElse(f.fact), f.numericValue, f.textValue,
                f.unit, f.note, f.origin, f.sourceUrl, f.sourceCitation);
    }
}

package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("Stats")
@Description("Totals over the whole database")
public record ModelStats(
        int models,
        int labs,
        int benchmarks,
        int scores,
        @Description("Models with Public access (publicly usable, not necessarily open weights)") int publicModels,
        int privateModels,
        int unknownAccessModels,
        @NonNull @Description("Model count per architecture, largest first") List<@NonNull ArchitectureCount> byArchitecture) {
}

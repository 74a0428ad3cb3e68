package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("ModelPage")
@Description("One page of models and the number of models that match the filter")
public record ModelPage(
        @Description("Models matching the filter, on all pages") int totalCount,
        @NonNull List<@NonNull ModelSummary> items) {
}

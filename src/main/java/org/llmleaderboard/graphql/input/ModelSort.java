package org.llmleaderboard.graphql.input;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.SortDirection;

@Input("ModelSort")
@Description("Sort order; missing values sort last in both directions and ties break by name")
public record ModelSort(
        @DefaultValue("ALSCORE") ModelSortField field,
        @Description("Benchmark slug, required when `field` is BENCHMARK, e.g. `gpqa`") String benchmark,
        @DefaultValue("DESC") SortDirection direction) {
}

package org.llmleaderboard.query;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SortDirection")
@Description("Sort order. Missing values sort last in both directions.")
public enum SortDirection {
    ASC,
    DESC
}

package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Models of one architecture; {@code unknown} counts the models without one. */
@Type("ArchitectureCount")
public record ArchitectureCount(@NonNull String architecture, @NonNull String slug, int count) {
}

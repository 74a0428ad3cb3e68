package org.llmleaderboard.service.edit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Create a model, or replace it by its slug (every field is replaced). {@code released} as published
 * ({@code May/2024}, {@code 2025-08-21}, {@code 2024}, {@code TBA}); {@code access} and {@code architecture} by name, any
 * case; numbers in billions. {@code version}: the version an editor read, required to update an existing model.
 */
public record ModelCommand(
        @NotBlank @Pattern(regexp = Patterns.MODEL_SLUG, message = "must be '<lab>/<model>' in lower-case slug form") String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank String lab,
        @Size(max = 20) String released,
        String access,
        String architecture,
        @PositiveOrZero Double parameters,
        @PositiveOrZero Double activeParameters,
        @PositiveOrZero Double trainingTokens,
        @Size(max = 200) String datasetType,
        @Size(max = 10) List<@Size(max = 50) String> headlineTags,
        @Size(max = 50) List<@Size(max = 100) String> tags,
        @Size(max = 10000) String notes,
        @Pattern(regexp = Patterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = 2000) String playgroundUrl,
        @Pattern(regexp = Patterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = 2000) String paperUrl,
        Integer version,
        @Size(max = 1000) String reason) {
}

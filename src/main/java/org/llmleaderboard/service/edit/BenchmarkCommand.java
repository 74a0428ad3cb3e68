package org.llmleaderboard.service.edit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Create a benchmark, or update it by its slug. Null {@code unit}: {@code %}; null {@code higherIsBetter}: true;
 * null bounds: 0 and 100 for {@code %}, none otherwise.
 */
public record BenchmarkCommand(
        @NotBlank @Pattern(regexp = Patterns.SLUG, message = "must be a slug: lower-case letters, digits, '.', '-'") String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 20) String unit,
        Boolean higherIsBetter,
        Double minScore,
        Double maxScore,
        @Size(max = 1000) String reason) {
}

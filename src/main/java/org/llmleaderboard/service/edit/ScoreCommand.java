package org.llmleaderboard.service.edit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Record a score; one model, benchmark, setting and source identify it (recording it again updates it).
 * {@code source} is a citation, where there is no URL; {@code headline}: make it the model's headline score on the
 * benchmark (the first score always is).
 */
public record ScoreCommand(
        @NotBlank String model,
        @NotBlank String benchmark,
        @NotNull Double value,
        // As wide as the column (V5): llm-stats keeps its analysis method here, up to 197 characters in the bundled set.
        @Size(max = 300) String setting,
        Boolean selfReported,
        @Pattern(regexp = Patterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = 2000) String sourceUrl,
        @Size(max = 1000) String source,
        @Pattern(regexp = Patterns.ISO_DATE, message = "must be a date, yyyy-MM-dd") String date,
        Boolean headline,
        @Size(max = 1000) String reason) {
}

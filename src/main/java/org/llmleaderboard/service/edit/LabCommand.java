package org.llmleaderboard.service.edit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create a lab, or update it by its slug; {@code reason}: why, or the source of the change, kept in the change log. */
public record LabCommand(
        @NotBlank @Pattern(regexp = Patterns.SLUG, message = "must be a slug: lower-case letters, digits, '.', '-'") String slug,
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = Patterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = 1000) String website,
        @Size(max = 100) String country,
        @Size(max = 1000) String reason) {
}

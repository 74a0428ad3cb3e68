package org.llmleaderboard.graphql.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("LabInput")
@Description("A lab to create, or to update by its slug")
public class LabInput {
    @NonNull @NotBlank @Pattern(regexp = Patterns.SLUG, message = "must be a slug: lower-case letters, digits, '.', '-'")
    public String slug;
    @NonNull @NotBlank @Size(max = 200)
    public String name;
    @Pattern(regexp = Patterns.HTTP_URL, message = "must be an http(s) URL") @Size(max = 1000)
    public String website;
    @Size(max = 100)
    public String country;
    @Description("Why, or the source of the change; kept in the change log") @Size(max = 1000)
    public String reason;
}

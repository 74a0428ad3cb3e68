package org.llmleaderboard.graphql.input;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.llmleaderboard.service.edit.LabCommand;

/** The GraphQL shape of a {@link LabCommand}, which holds the validation rules. */
@Input("LabInput")
@Description("A lab to create, or to update by its slug")
public class LabInput {
    @NonNull
    public String slug;
    @NonNull
    public String name;
    public String website;
    public String country;
    @Description("Why, or the source of the change; kept in the change log")
    public String reason;

    public LabCommand toCommand() {
        return new LabCommand(slug, name, website, country, reason);
    }
}

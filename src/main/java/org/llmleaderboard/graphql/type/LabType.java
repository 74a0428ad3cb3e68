package org.llmleaderboard.graphql.type;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.Lab;

@Type("Lab")
@Description("An organisation that makes language models")
public record LabType(
        @Ignore Long id,
        @NonNull @Description("URL-safe identifier, e.g. `deepseek-ai`") String slug,
        @NonNull @Description("Display name") String name,
        @Description("Home page, when known") String website,
        @Description("Country of the headquarters, when known") String country) {

    public static LabType from(Lab lab) {
        return new LabType(lab.id, lab.slug, lab.name, lab.website, lab.country);
    }
}

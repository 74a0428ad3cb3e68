package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.Lab;

@Type("Lab")
@Description("An organisation that makes language models")
public record LabInfo(
        @Ignore Long id,
        @NonNull @Description("URL-safe identifier, e.g. `deepseek-ai`") String slug,
        @NonNull @Description("Display name") String name,
        @Description("Home page, when known") String website,
        @Description("Country of the headquarters, when known") String country) {

    public static LabInfo from(Lab lab) {
        return new LabInfo(lab.id, lab.slug, lab.name, lab.website, lab.country);
    }
}

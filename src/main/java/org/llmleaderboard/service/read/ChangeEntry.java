package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.ChangeLogEntry;

import java.time.LocalDateTime;

@Type("Change")
@Description("One entry of the append-only change log: one field of one record, or one bulk import")
public record ChangeEntry(
        @NonNull @Description("lab, model, benchmark, score or import") String entity,
        @NonNull @Description("Which record: a slug, or model · benchmark · setting · source for a score") String key,
        @NonNull String field,
        String oldValue,
        String newValue,
        @NonNull @Description("Who made the change") String actor,
        @NonNull LocalDateTime at,
        @Description("Why, or the source of the change") String reason) {

    public static ChangeEntry from(ChangeLogEntry e) {
        return new ChangeEntry(e.entityType, e.entityKey, e.field, e.oldValue, e.newValue, e.actor, e.changedAt, e.reason);
    }
}

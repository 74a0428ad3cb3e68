package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One comparable setting of a benchmark family, with the number of models scored in it. */
@Type("BenchmarkSetting")
@Description("A comparable setting of a benchmark family: its ranking ranks only scores in this setting")
public record BenchmarkSetting(
        @NonNull @Description("The setting") ComparableSetting setting,
        @Description("Models with a score in this setting, on the family or any of its variants") int models,
        // Named explicitly: a boolean accessor's "is" would otherwise be dropped from the field's name.
        @Name("isDefault") @Description("Whether the ranking shows this setting when none is asked for (the one with the most models)") boolean isDefault) {
}

package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.ScoreSetting;

/** A score's setting as values; two scores of one family rank together only when their keys are equal. */
@Type("ComparableSetting")
@Description("How a score was measured, as values: scores of one benchmark family are ranked together only with the same `key`")
public record ComparableSetting(
        @NonNull @Description("Canonical key, e.g. `0-shot.cot`, `harness-agentless`, or `unspecified` when the source says nothing; the `setting` argument of `ranking`") String key,
        @NonNull @Description("For people, e.g. `0-shot · CoT`") String label,
        @Description("Number of examples in the prompt (0: zero-shot); null when not said") Integer shots,
        @Description("Whether chain of thought was used; null when not said") Boolean cot,
        @Description("k of pass@k; null when not said") Integer passAtK,
        @Description("Harness, scaffold or prompt format, e.g. `agentless`, `openhands`, `chat`") String harness,
        @Description("The part of the benchmark scored, e.g. `diamond`, `stem`") String subset) {

    public static ComparableSetting from(ScoreSetting s) {
        return new ComparableSetting(s.key(), s.label(), s.shots(), s.cot(), s.passAtK(), s.harness(), s.subset());
    }

    /** The setting of a key as stored (keys in the database are canonical; an unreadable one reads as unspecified). */
    public static ComparableSetting ofKey(String key) {
        return from(ScoreSetting.ofKey(key).orElse(ScoreSetting.UNSPECIFIED));
    }
}

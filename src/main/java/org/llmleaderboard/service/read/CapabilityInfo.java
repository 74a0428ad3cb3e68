package org.llmleaderboard.service.read;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.llmleaderboard.domain.Capability;

/** A model's capability score with its coverage, as pages and GraphQL show it. */
@Type("Capability")
@Description("The capability score (see /about/ranking): the mean percentile rank, 0 to 100, over the benchmarks of a named "
        + "set that the model has; `coverage` of `of` benchmarks. Below `minCoverage` the score is marked low coverage and "
        + "the model sorts after the covered ones")
public record CapabilityInfo(
        @Description("0 to 100, to one decimal") double score,
        @Description("How many of the set's benchmarks the model has") int coverage,
        @Description("How many benchmarks the set has") int of,
        @Description("The coverage below which a score is marked") int minCoverage,
        @Description("Whether the coverage is below `minCoverage`") boolean lowCoverage,
        @NonNull @Description("The set's benchmark slugs") java.util.List<@NonNull String> benchmarks) {

    /** From the stored values; null when the model has none of the set's benchmarks. */
    public static CapabilityInfo of(Double score, Integer coverage) {
        if (score == null || coverage == null || coverage == 0) {
            return null;
        }
        return new CapabilityInfo(Math.round(score * 10) / 10.0, coverage, Capability.BENCHMARKS.size(), Capability.MIN_COVERAGE,
                coverage < Capability.MIN_COVERAGE, Capability.BENCHMARKS);
    }
}

package org.llmleaderboard.domain;

/**
 * How much of a release date is known: {@code May/2024} is MONTH ("May 2024"), {@code 2025-01-20} is DAY
 * ("20 Jan 2025"), {@code TBA} is UNKNOWN. Shown by {@link ReleaseDate#display}; exports keep the ISO date and this.
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    UNKNOWN
}

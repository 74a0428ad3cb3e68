package org.llmleaderboard.domain;

/** How much of a release date is known: {@code May/2024} is MONTH, {@code TBA} is UNKNOWN. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    UNKNOWN
}

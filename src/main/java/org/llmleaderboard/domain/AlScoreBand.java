package org.llmleaderboard.domain;

import java.util.Optional;

/** The ALScore bands of the LifeArchitect.ai Models Table, on the ALScore as displayed. */
public enum AlScoreBand {
    LIGHTWEIGHT("Lightweight", "lightweight", Double.NEGATIVE_INFINITY, 1),
    MID_TIER("Mid-tier", "mid-tier", 1, 5),
    POWERFUL("Powerful", "powerful", 5, 10),
    VERY_POWERFUL("Very powerful", "very-powerful", 10, 20),
    EXTREMELY_POWERFUL("Extremely powerful", "extremely-powerful", 20, Double.POSITIVE_INFINITY);

    private final String label;
    private final String slug;
    /** Inclusive lower bound of the displayed (one-decimal) ALScore. */
    final double from;
    /** Exclusive upper bound of the displayed ALScore. */
    final double to;

    AlScoreBand(String label, String slug, double from, double to) {
        this.label = label;
        this.slug = slug;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    public static Optional<AlScoreBand> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        for (AlScoreBand b : values()) {
            if (b.slug.equalsIgnoreCase(v) || b.label.equalsIgnoreCase(v) || b.name().equalsIgnoreCase(v)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}

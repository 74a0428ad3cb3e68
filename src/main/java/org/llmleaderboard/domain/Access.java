package org.llmleaderboard.domain;

import java.util.Locale;
import java.util.Optional;

/** Who can use a model. "Public" means publicly usable, not open weights. */
public enum Access {
    PUBLIC("Public"),
    PRIVATE("Private"),
    UNKNOWN("Unknown");

    private final String label;

    Access(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** URL and filter parameter value: {@code public}, {@code private}, {@code unknown}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the label, the slug or the constant name, ignoring case. */
    public static Optional<Access> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        for (Access a : values()) {
            if (a.label.equalsIgnoreCase(v) || a.name().equalsIgnoreCase(v)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<Access, String> {
        @Override
        public String convertToDatabaseColumn(Access access) {
            return access == null ? null : access.label;
        }

        @Override
        public Access convertToEntityAttribute(String label) {
            return label == null ? null : parse(label).orElse(UNKNOWN);
        }
    }
}

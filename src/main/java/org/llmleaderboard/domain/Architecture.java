package org.llmleaderboard.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A model's architecture as the markdown set names it. A model whose architecture is not known
 * stores {@code null} (so it sorts last) and is shown and filtered as {@link #UNKNOWN}.
 */
public enum Architecture {
    DENSE("Dense"),
    MOE("MoE"),
    HYBRID("Hybrid"),
    MATFORMER("MatFormer"),
    COE("CoE"),
    COMPOUND("Compound"),
    UNKNOWN("Unknown");

    private final String label;

    Architecture(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** URL and filter parameter value: {@code dense}, {@code moe}, ... */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the label, the slug or the constant name, ignoring case. */
    public static Optional<Architecture> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        for (Architecture a : values()) {
            if (a.label.equalsIgnoreCase(v) || a.name().equalsIgnoreCase(v)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<Architecture, String> {
        @Override
        public String convertToDatabaseColumn(Architecture architecture) {
            return architecture == null || architecture == UNKNOWN ? null : architecture.label;
        }

        @Override
        public Architecture convertToEntityAttribute(String label) {
            return label == null ? null : parse(label).orElse(null);
        }
    }
}

package org.llmleaderboard.domain;

import java.util.Optional;

/** The facts about models that people compare; each {@link ModelFact} is one of these. */
public enum FactKind {
    PARAMETERS("parameters", "Parameters", "B"),
    ACTIVE_PARAMETERS("active-parameters", "Active parameters", "B"),
    TRAINING_TOKENS("training-tokens", "Training tokens", "B"),
    LAYERS("layers", "Layers", null),
    ROUTED_EXPERTS("routed-experts", "Routed experts", null),
    SHARED_EXPERTS("shared-experts", "Shared experts", null),
    EXPERTS("experts", "Experts", null),
    ATTENTION("attention", "Attention", null),
    CONTEXT_WINDOW("context-window", "Context window", "tokens"),
    TRAINING_HARDWARE("training-hardware", "Training hardware", null),
    GPU_HOURS("gpu-hours", "GPU hours", "hours"),
    HF_DOWNLOADS("hf-downloads", "Hugging Face downloads", null);

    private final String slug;
    private final String label;
    private final String defaultUnit;

    FactKind(String slug, String label, String defaultUnit) {
        this.slug = slug;
        this.label = label;
        this.defaultUnit = defaultUnit;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public String defaultUnit() {
        return defaultUnit;
    }

    public static Optional<FactKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (FactKind k : values()) {
            if (k.slug.equalsIgnoreCase(value.trim()) || k.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

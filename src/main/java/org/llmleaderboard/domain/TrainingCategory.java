package org.llmleaderboard.domain;

/** Whether a model saw at least the Chinchilla-optimal 20 training tokens per parameter. */
public enum TrainingCategory {
    COMPUTE_OPTIMAL("Compute-optimal"),
    UNDER_TRAINED("Under-trained");

    private final String label;

    TrainingCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

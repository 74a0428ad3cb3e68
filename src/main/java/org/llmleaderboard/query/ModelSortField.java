package org.llmleaderboard.query;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import java.util.Optional;

/** The allow-list of sort keys; {@link #param()} is the public URL parameter value. */
@Enum("ModelSortField")
@Description("What the models are sorted by. BENCHMARK sorts by the headline score on `ModelSort.benchmark`.")
public enum ModelSortField {
    NAME("name"),
    LAB("lab"),
    ARCHITECTURE("architecture"),
    ACCESS("access"),
    RELEASED("released"),
    PARAMETERS("parameters"),
    ACTIVE_PARAMETERS("active-parameters"),
    TRAINING_TOKENS("tokens"),
    TOKEN_PARAM_RATIO("ratio"),
    ALSCORE("alscore"),
    CONTEXT_WINDOW("context"),
    /** The cheapest offering's input price. */
    PRICE("price"),
    /** The capability score ({@code domain.Capability}): low-coverage models after the covered ones. */
    CAPABILITY("capability"),
    BENCHMARK(null);

    private final String param;

    ModelSortField(String param) {
        this.param = param;
    }

    /** URL parameter value ({@code sort=active-parameters}); null for BENCHMARK, whose value is the benchmark slug. */
    public String param() {
        return param;
    }

    public static Optional<ModelSortField> fromParam(String value) {
        for (ModelSortField f : values()) {
            if (f.param != null && f.param.equals(value)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

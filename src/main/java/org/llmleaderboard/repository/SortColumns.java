package org.llmleaderboard.repository;

import org.llmleaderboard.query.ModelSortField;

/** The column each sort key orders by; null for the name, which orders by name and slug alone. */
final class SortColumns {

    private SortColumns() {
    }

    static String of(ModelSortField field) {
        return switch (field) {
            case NAME -> null;
            case LAB -> "l.name";
            case ARCHITECTURE -> "m.architecture";
            case ACCESS -> "m.access";
            case RELEASED -> "m.releaseDate";
            case PARAMETERS -> "m.parameters";
            case ACTIVE_PARAMETERS -> "m.activeParameters";
            case TRAINING_TOKENS -> "m.trainingTokens";
            case TOKEN_PARAM_RATIO -> "m.ratioKey";
            case ALSCORE -> "m.alScoreKey";
            case CONTEXT_WINDOW -> "m.contextWindow";
            case PRICE -> "m.inputPrice";
            case CAPABILITY -> "m.capabilityKey";
            case BENCHMARK -> "s.scoreValue";
        };
    }
}

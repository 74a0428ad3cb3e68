package org.llmleaderboard.repository;

import org.llmleaderboard.domain.CommercialLicences;
import org.llmleaderboard.query.ModelTraits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The clauses of a view's {@link ModelTraits} on {@code LanguageModel m}: each a condition on one of its columns. */
final class TraitClauses {

    private TraitClauses() {
    }

    static void add(ModelTraits traits, List<String> clauses, Map<String, Object> params) {
        if (traits.isAny()) {
            return;
        }
        range("m.parameters", "params", traits.parameters(), clauses, params);
        range("m.activeParameters", "active", traits.activeParameters(), clauses, params);
        if (traits.releasedAfter() != null) {
            clauses.add("m.releaseDate >= :releasedAfter");
            params.put("releasedAfter", traits.releasedAfter());
        }
        if (!traits.modalities().isEmpty()) {
            // Modality names share no substring, so a LIKE on the comma-separated list finds one exactly.
            List<String> or = new ArrayList<>();
            int i = 0;
            for (String modality : traits.modalities()) {
                or.add("m.inputModalities like :modality" + i);
                params.put("modality" + i++, "%" + modality + "%");
            }
            clauses.add("(" + String.join(" or ", or) + ")");
        }
        if (traits.reasoning() != null) {
            clauses.add("m.reasoning = :reasoning");
            params.put("reasoning", traits.reasoning());
        }
        if (traits.commercial() != null) {
            clauses.add(traits.commercial() ? "lower(m.licenceId) in :commercial"
                    : "(m.licenceId is not null and lower(m.licenceId) not in :commercial)");
            params.put("commercial", CommercialLicences.IDS);
        }
    }

    private static void range(String column, String name, ModelTraits.Range range, List<String> clauses, Map<String, Object> params) {
        if (range.min() != null) {
            clauses.add(column + " >= :" + name + "Min");
            params.put(name + "Min", range.min());
        }
        if (range.max() != null) {
            clauses.add(column + " <= :" + name + "Max");
            params.put(name + "Max", range.max());
        }
    }
}

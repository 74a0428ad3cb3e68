package org.llmleaderboard.web.view;

import io.quarkus.qute.TemplateExtension;
import org.llmleaderboard.query.ModelTraits;

import java.util.ArrayList;
import java.util.List;

/** The model-trait controls of the filter form in a template: {@code {#let t=view.state.traitForm}}. */
@TemplateExtension
public final class TraitExtensions {

    private TraitExtensions() {
    }

    /**
     * The controls' values as the inputs write them (empty for none).
     *
     * @param modalities "any", then each modality, the chosen one selected
     */
    public record TraitForm(String minParams, String maxParams, String minActive, String maxActive, String releasedAfter,
            List<FilterGroup.Option> modalities, boolean reasoning, boolean commercial) {
    }

    static TraitForm traitForm(LeaderboardState state) {
        ModelTraits t = state.traits();
        List<FilterGroup.Option> modalities = new ArrayList<>();
        modalities.add(new FilterGroup.Option("", "any", -1, t.modalities().isEmpty()));
        for (String m : ModelTraits.MODALITIES) {
            modalities.add(new FilterGroup.Option(m, m, -1, t.modalities().contains(m)));
        }
        return new TraitForm(TraitValues.number(t.parameters().min()), TraitValues.number(t.parameters().max()),
                TraitValues.number(t.activeParameters().min()), TraitValues.number(t.activeParameters().max()),
                t.releasedAfter() == null ? "" : t.releasedAfter().toString(), modalities, Boolean.TRUE.equals(t.reasoning()),
                Boolean.TRUE.equals(t.commercial()));
    }
}

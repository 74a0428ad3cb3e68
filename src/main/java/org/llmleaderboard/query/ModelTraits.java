package org.llmleaderboard.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the models themselves must be (issue 17's "filters people use"): their size, their release, what they take in,
 * whether they reason and whether their licence allows commercial use. Each is AND with every other filter.
 *
 * @param parameters       total parameters in billions, both bounds inclusive (models without a count are left out)
 * @param activeParameters active parameters in billions (the total for a dense model is not taken for it)
 * @param releasedAfter    released on or after this day (a month-precise date counts as the first of its month); null for any
 * @param modalities       input modalities ({@link #MODALITIES}), any of them (OR); empty for any
 * @param reasoning        true: reasoning models only; false: the others whose sources say so; null for any
 * @param commercial       true: licences on the commercial-use allow-list ({@code domain.CommercialLicences}); false: known
 *                         licences not on it; null for any
 */
public record ModelTraits(Range parameters, Range activeParameters, LocalDate releasedAfter, Set<String> modalities,
        Boolean reasoning, Boolean commercial) {

    public static final ModelTraits ANY = new ModelTraits(Range.ANY, Range.ANY, null, Set.of(), null, null);
    /** The input modalities one filters by, as models.dev names them. */
    public static final List<String> MODALITIES = List.of("text", "image", "audio", "video");
    /** The largest parameter count a bound may name, in billions (100 T). */
    public static final double MAX_BILLIONS = 100_000;

    /** A closed range; null bounds are open. */
    public record Range(Double min, Double max) {
        public static final Range ANY = new Range(null, null);

        public boolean isAny() {
            return min == null && max == null;
        }
    }

    public ModelTraits {
        parameters = parameters == null ? Range.ANY : parameters;
        activeParameters = activeParameters == null ? Range.ANY : activeParameters;
        modalities = modalities == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(modalities));
    }

    /** From any collection of modalities (null for none). */
    public static ModelTraits of(Range parameters, Range activeParameters, LocalDate releasedAfter, Collection<String> modalities,
            Boolean reasoning, Boolean commercial) {
        return new ModelTraits(parameters, activeParameters, releasedAfter,
                modalities == null ? Set.of() : new LinkedHashSet<>(modalities), reasoning, commercial);
    }

    public boolean isAny() {
        return parameters.isAny() && activeParameters.isAny() && releasedAfter == null && modalities.isEmpty() && reasoning == null
                && commercial == null;
    }
}

package org.llmleaderboard.query;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which models a view shows: filters, OR within one and AND across. Values are slugs as the URL writes them
 * ({@code moe}, {@code public}, {@code mid-tier}); the read service's factory checks them against their allow-lists
 * and folds the search before a query reaches the repository.
 *
 * @param search        search text, or null
 * @param labs          lab slugs
 * @param architectures architecture slugs; {@code unknown} selects models without one
 * @param access        access slugs
 * @param tags          tags, lower case
 * @param bands         ALScore band slugs
 * @param terms         the search's words and their typo spellings, once the read service has looked them up; null before
 */
public record ModelCriteria(String search, Set<String> labs, Set<String> architectures, Set<String> access, Set<String> tags,
        Set<String> bands, SearchTerms terms) {

    /** Every model. */
    public static final ModelCriteria NONE = new ModelCriteria(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** Filters without looked-up search terms (the repository then searches the words as typed). */
    public ModelCriteria(String search, Set<String> labs, Set<String> architectures, Set<String> access, Set<String> tags,
            Set<String> bands) {
        this(search, labs, architectures, access, tags, bands, null);
    }

    public ModelCriteria {
        labs = copy(labs);
        architectures = copy(architectures);
        access = copy(access);
        tags = copy(tags);
        bands = copy(bands);
    }

    /** Filters from any collections (null for none). */
    public static ModelCriteria of(String search, Collection<String> labs, Collection<String> architectures,
            Collection<String> access, Collection<String> tags, Collection<String> bands) {
        return new ModelCriteria(search, copy(labs), copy(architectures), copy(access), copy(tags), copy(bands));
    }

    /** The same filters for these labs only. */
    public ModelCriteria withLabs(Collection<String> slugs) {
        return new ModelCriteria(search, copy(slugs), architectures, access, tags, bands, terms);
    }

    /** The same filters for these architectures only. */
    public ModelCriteria withArchitectures(Collection<String> slugs) {
        return new ModelCriteria(search, labs, copy(slugs), access, tags, bands, terms);
    }

    /** The same filters with the search's terms looked up. */
    public ModelCriteria withTerms(SearchTerms looked) {
        return new ModelCriteria(search, labs, architectures, access, tags, bands, looked);
    }

    /** Null for none; blank values left out, the order kept (it is the order of the URL's parameters). */
    private static Set<String> copy(Collection<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(out::add);
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}

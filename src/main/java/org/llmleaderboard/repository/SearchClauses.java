package org.llmleaderboard.repository;

import org.llmleaderboard.domain.SearchText;
import org.llmleaderboard.query.ModelCriteria;
import org.llmleaderboard.query.SearchTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of a search. Every key compared is letters and digits only ({@link SearchText#key}), so no {@code like}
 * pattern needs escaping. A model matches when each word, in one of its spellings, is in its {@code searchText} (its
 * name's and lab's keys), a variant's, or an alias's key; the subqueries are uncorrelated, each run once per statement.
 */
final class SearchClauses {

    private SearchClauses() {
    }

    /** The terms to search by: those the read service looked up, else the words as typed. Null for no search. */
    static SearchTerms terms(ModelCriteria criteria) {
        if (criteria.terms() != null) {
            return criteria.terms().isEmpty() ? null : criteria.terms();
        }
        if (criteria.search() == null) {
            return null;
        }
        SearchTerms typed = SearchTerms.exact(SearchText.key(criteria.search()), SearchText.words(criteria.search()));
        return typed.isEmpty() ? null : typed;
    }

    /** Adds the condition that every word is found; a search of punctuation only (no key) finds nothing. */
    static void where(ModelCriteria criteria, List<String> clauses, Map<String, Object> params) {
        SearchTerms terms = terms(criteria);
        if (terms != null) {
            clauses.add(allWords(terms.words(), "w", params));
        } else if (criteria.search() != null && !criteria.search().isBlank()) {
            clauses.add("1 = 0");
        }
    }

    /**
     * The relevance order put before the view's sort: the name or an alias is exactly the query, then the name starts
     * with it, then every word is found as typed (in the name, lab, a variant or an alias), then the rest (found through
     * a typo). Empty without a search.
     */
    static String rank(ModelCriteria criteria, Map<String, Object> params) {
        SearchTerms terms = terms(criteria);
        if (terms == null) {
            return "";
        }
        params.put("rankExact", terms.key() + "|%");
        params.put("rankKey", terms.key());
        params.put("rankPrefix", terms.key() + "%");
        String typed = terms.hasTypos()
                ? " when " + allWords(terms.words().stream().map(w -> List.of(w.get(0))).toList(), "t", params) + " then 2"
                : "";
        return "case when m.searchText like :rankExact or m.id in (select coalesce(em.variantOf.id, em.id) from ModelAlias ea"
                + " join ea.model em where ea.searchKey = :rankKey)"
                + " then 0 when m.searchText like :rankPrefix then 1" + typed + " else 3 end, ";
    }

    private static String allWords(List<List<String>> words, String prefix, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < words.get(i).size(); j++) {
                String name = prefix + i + "_" + j;
                params.put(name, "%" + words.get(i).get(j) + "%");
                names.add(name);
            }
            and.add("(" + anyOf("m.searchText", names) + " or m.id in (select sv.variantOf.id from LanguageModel sv"
                    + " where sv.variantOf is not null and (" + anyOf("sv.searchText", names) + "))"
                    + " or m.id in (select coalesce(am.variantOf.id, am.id) from ModelAlias sa join sa.model am where "
                    + anyOf("sa.searchKey", names) + "))");
        }
        return String.join(" and ", and);
    }

    private static String anyOf(String column, List<String> names) {
        return String.join(" or ", names.stream().map(n -> column + " like :" + n).toList());
    }
}

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
     * with it, then every word is found as typed (in the name, lab, a variant or an alias); then the same three for the
     * query as corrected ("gemnii" ranks "Gemini 1.5 Pro" before "Med-Gemini"). Empty without a search.
     */
    static String rank(ModelCriteria criteria, Map<String, Object> params) {
        SearchTerms terms = terms(criteria);
        if (terms == null) {
            return "";
        }
        StringBuilder cases = new StringBuilder("case");
        exactAndPrefix(List.of(terms.key()), "rank", 0, cases, params);
        if (terms.hasTypos()) {
            cases.append(" when ").append(allWords(terms.words().stream().map(w -> List.of(w.get(0))).toList(), "t", params))
                    .append(" then 2");
            exactAndPrefix(corrected(terms.words()), "fix", 3, cases, params);
        }
        return cases.append(" else 5 end, ").toString();
    }

    /** Cases {@code first} (the name or an alias is one of the keys) and {@code first + 1} (the name starts with one). */
    private static void exactAndPrefix(List<String> keys, String prefix, int first, StringBuilder cases, Map<String, Object> params) {
        List<String> exact = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> in = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            in.add(":" + prefix + "Key" + i);
            params.put(prefix + "Exact" + i, keys.get(i) + "|%");
            params.put(prefix + "Key" + i, keys.get(i));
            params.put(prefix + "Start" + i, keys.get(i) + "%");
            exact.add("m.searchText like :" + prefix + "Exact" + i);
            starts.add("m.searchText like :" + prefix + "Start" + i);
        }
        cases.append(" when ").append(String.join(" or ", exact))
                .append(" or m.id in (select coalesce(em.variantOf.id, em.id) from ModelAlias ea join ea.model em where ea.searchKey in (")
                .append(String.join(", ", in)).append(")) then ").append(first)
                .append(" when ").append(String.join(" or ", starts)).append(" then ").append(first + 1);
    }

    /** The query's key with its words corrected: each word's spellings combined, the typed one left out, at most 8. */
    private static List<String> corrected(List<List<String>> words) {
        List<String> keys = new ArrayList<>(List.of(""));
        for (List<String> spellings : words) {
            List<String> next = new ArrayList<>();
            for (String k : keys) {
                for (String s : spellings) {
                    if (next.size() < 9) {
                        next.add(k + s);
                    }
                }
            }
            keys = next;
        }
        keys.remove(0); // the words as typed, ranked above
        return keys;
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

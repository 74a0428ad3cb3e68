package org.llmleaderboard.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The SQL of "as of a date" ({@code query.AsOf}) for the model queries: kept apart so that a query without a date is
 * exactly the query it was (same statement, same plan), and a date only adds conditions.
 */
final class AsOfClauses {

    private AsOfClauses() {
    }

    /** Models released on or before {@code asOf} (a model without a release date is left out); nothing when null. */
    static void models(LocalDate asOf, List<String> clauses, Map<String, Object> params) {
        if (asOf != null) {
            clauses.add("m.releaseDate <= :asOf");
            params.put("asOf", asOf);
        }
    }

    /**
     * The condition on a score {@code s} of model {@code m} in a join: dated on or before {@code asOf}, a score without
     * a date taking its model's release date; empty when null.
     */
    static String scores(LocalDate asOf, Map<String, Object> params) {
        if (asOf == null) {
            return "";
        }
        params.put("asOf", asOf);
        return " and coalesce(s.date, m.releaseDate) <= :asOf";
    }

    /** The same in SQL for the native ranking query: the score {@code s} of model {@code m}, both released by then. */
    static String nativeScores(LocalDate asOf) {
        return asOf == null ? "" : " and m.release_date <= :asOf and coalesce(s.score_date, m.release_date) <= :asOf";
    }
}

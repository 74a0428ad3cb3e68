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
     * The join of the sort by a benchmark ({@code :benchmarkId}): the model's headline score {@code s} on it, or as of a
     * date the scores that count then, of which {@link #sortFilter} keeps one.
     */
    static String sortJoin(LocalDate asOf, Map<String, Object> params) {
        if (asOf == null) {
            return " left join Score s on s.model = m and s.benchmark.id = :benchmarkId and s.headline = true";
        }
        params.put("asOf", asOf);
        return " left join Score s on s.model = m and s.benchmark.id = :benchmarkId and coalesce(s.date, m.releaseDate) <= :asOf";
    }

    /**
     * As of a date, the one score of {@link #sortJoin} the model is sorted by, its headline then: the headline if it
     * counts, else the first of the scores that count by the headline rule's order (with a source link, third-party
     * before unknown before self-reported, newest), then the best value and the first recorded — the choice
     * {@code service.read.AsOfHeadlines} makes for the score columns. A condition, not the join's (Hibernate cannot
     * correlate a subquery of an entity join's {@code on}); one indexed look-up per model ({@code score (model_id,
     * benchmark_id)}). Empty without a date.
     */
    static String sortFilter(LocalDate asOf) {
        // The space before "and": a text block drops its lines' common indentation.
        return asOf == null ? "" : " " + """
                and (s.id is null or s.id = (select c.id from Score c where c.model = m and c.benchmark.id = :benchmarkId
                    and coalesce(c.date, m.releaseDate) <= :asOf
                    order by case when c.headline = true then 0 else 1 end,
                      case when c.sourceUrl is null or c.sourceUrl = '' then 1 else 0 end,
                      case when c.verified = true or c.selfReported = false then 0 when c.selfReported is null then 1 else 2 end,
                      c.date desc nulls last, c.scoreValue desc, c.id
                    limit 1))""";
    }

    /** The same in SQL for the native ranking query: the score {@code s} of model {@code m}, both released by then. */
    static String nativeScores(LocalDate asOf) {
        return asOf == null ? "" : " and m.release_date <= :asOf and coalesce(s.score_date, m.release_date) <= :asOf";
    }
}

package org.llmleaderboard.repository;

import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list of ids for {@code in (…)}, bound as single parameters ({@code :id0, :id1, …}) padded with its last id to a
 * power of two, rather than as one list parameter ({@code in :ids}).
 * <p>
 * Hibernate keeps no plan for a query with a list parameter: it translated the HQL tree of a page's three reads (the
 * models' rows, their headline scores, their tags) to SQL again on every execution, 13 % of an uncached GraphQL page's
 * CPU and 20 % of a REST one's, and first tried to bind the whole list as one {@code Long}, which threw and caught an
 * exception each time (BENCHMARKS.md, "Issue 18: sixth pass"). With single parameters each padded size is one query
 * string, planned once: at most ten of them up to {@link #MAX_SPREAD} ids. Longer lists keep the list parameter.
 */
final class IdList {

    static final int MAX_SPREAD = 512;

    private final List<Long> ids;
    private final int slots;

    private IdList(List<Long> ids, int slots) {
        this.ids = ids;
        this.slots = slots;
    }

    /** {@code ids} must not be empty: {@code in ()} is not SQL. */
    static IdList of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no ids");
        }
        List<Long> list = new ArrayList<>(ids);
        int slots = list.size() > MAX_SPREAD ? 0 : Integer.highestOneBit(list.size() * 2 - 1);
        return new IdList(list, slots);
    }

    /** What follows {@code in}: {@code (:id0, …, :idN)}, or {@code :ids} for a long list. */
    String in() {
        if (slots == 0) {
            return ":ids";
        }
        StringBuilder in = new StringBuilder(slots * 7).append('(');
        for (int i = 0; i < slots; i++) {
            in.append(i == 0 ? ":id0" : ", :id" + i);
        }
        return in.append(')').toString();
    }

    /** Binds the ids to the parameters of {@link #in}. */
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (slots == 0) {
            return query.setParameter("ids", ids);
        }
        for (int i = 0; i < slots; i++) {
            query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)));
        }
        return query;
    }
}

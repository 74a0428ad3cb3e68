package org.llmleaderboard.query;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.AlScoreBand;
import org.llmleaderboard.domain.Architecture;

import java.util.Set;

/**
 * One validated view of the leaderboard: filters (OR within one, AND across), sort and page.
 * Built by {@code LeaderboardService.query(...)}, which checks every value against its allow-list.
 *
 * @param search       folded search text (lower case, no accents), or null
 * @param labs         lab slugs
 * @param architectures architectures; {@link Architecture#UNKNOWN} selects models without one
 * @param access       access values
 * @param tags         tags, lower case
 * @param bands        ALScore bands
 * @param sort         sort key
 * @param benchmarkId  the benchmark's id when {@code sort} is BENCHMARK
 * @param direction    sort direction
 * @param first        page size
 * @param offset       rows to skip
 * @param scope        open weights, licences, families only
 */
public record LeaderboardQuery(
        String search,
        Set<String> labs,
        Set<Architecture> architectures,
        Set<Access> access,
        Set<String> tags,
        Set<AlScoreBand> bands,
        ModelSortField sort,
        Long benchmarkId,
        SortDirection direction,
        int first,
        int offset,
        ModelScope scope) {

    /** A query over every model (no weights, licence or family scope). */
    public LeaderboardQuery(String search, Set<String> labs, Set<Architecture> architectures, Set<Access> access, Set<String> tags,
            Set<AlScoreBand> bands, ModelSortField sort, Long benchmarkId, SortDirection direction, int first, int offset) {
        this(search, labs, architectures, access, tags, bands, sort, benchmarkId, direction, first, offset, ModelScope.ALL);
    }

    /** Largest page a client may ask for (GraphQL {@code first}, rankings). */
    public static final int MAX_PAGE_SIZE = 500;

    public LeaderboardQuery {
        labs = Set.copyOf(labs);
        architectures = Set.copyOf(architectures);
        access = Set.copyOf(access);
        tags = Set.copyOf(tags);
        bands = Set.copyOf(bands);
        scope = scope == null ? ModelScope.ALL : scope;
    }
}

package org.llmleaderboard.query;

/**
 * One view of the leaderboard, passed whole from the URL or the GraphQL arguments to the repository: filters, scope,
 * sort and page. Built raw by the edge (the page's state, GraphQL's {@code ModelFilter}/{@code ModelSort}, the JSON
 * API) and checked once by the read service's factory ({@code QueryFactory.validate}).
 */
public record LeaderboardQuery(ModelCriteria criteria, ModelScope scope, SortOrder sort, PageRequest page) {

    /** Largest page a client may ask for (GraphQL {@code first}, rankings). */
    public static final int MAX_PAGE_SIZE = PageRequest.MAX_SIZE;

    public LeaderboardQuery {
        criteria = criteria == null ? ModelCriteria.NONE : criteria;
        scope = scope == null ? ModelScope.ALL : scope;
        sort = sort == null ? SortOrder.DEFAULT : sort;
    }

    /** Every model in this order, one page. */
    public static LeaderboardQuery all(SortOrder sort, PageRequest page) {
        return new LeaderboardQuery(ModelCriteria.NONE, ModelScope.ALL, sort, page);
    }

    /** The same query for another page. */
    public LeaderboardQuery withPage(PageRequest other) {
        return new LeaderboardQuery(criteria, scope, sort, other);
    }

    public int first() {
        return page.first();
    }

    public int offset() {
        return page.offset();
    }
}

package org.llmleaderboard.web.view;

import java.util.List;

/**
 * Everything a leaderboard table needs: the main page, lab pages and architecture pages share it.
 *
 * @param notices   what the page did with parameters it could not use ("No lab 'x' — showing all labs")
 * @param lastHref  the last page with rows, for a page number past the end
 * @param firstHref the first page
 * @param htmx      whether the answer is an htmx fragment (then the sort state is updated out of band)
 */
public record LeaderboardView(
        String title,
        LeaderboardState state,
        List<Column> columns,
        List<LeaderboardRow> rows,
        int total,
        int from,
        int to,
        int pageCount,
        List<FilterGroup> filters,
        List<Chip> chips,
        List<String> notices,
        String prevHref,
        String nextHref,
        String moreHref,
        String lastHref,
        String firstHref,
        boolean htmx) {

    public boolean hasMore() {
        return moreHref != null;
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /** A page number past the last page: there are models, but none on this page. */
    public boolean pastEnd() {
        return rows.isEmpty() && total > 0;
    }

    /** Rows the "more" link adds: a full page, or what is left. */
    public int nextPageSize() {
        return Math.min(LeaderboardState.PAGE_SIZE, total - to);
    }

    public int columnCount() {
        return columns.size() + 1;
    }
}

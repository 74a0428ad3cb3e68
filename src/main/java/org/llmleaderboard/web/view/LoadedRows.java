package org.llmleaderboard.web.view;

import org.llmleaderboard.query.PageRequest;

import java.util.OptionalInt;

/**
 * The rows a leaderboard view shows: its page and the pages "Show 100 more" appended after it, which the URL carries as
 * {@code more} (0 to {@value #MAX_MORE}), so that Back, Forward and a reload show every row that was loaded, in one
 * answer. Kept beside {@link LeaderboardState}, not in it: every other link (sort, filter, page) starts again at one
 * page, so only the "more" link writes it.
 *
 * @param more     pages appended after the state's page
 * @param lastOnly only the last of them: the answer to "Show more" (htmx, aimed at the "more" row), which appends it
 */
public record LoadedRows(int more, boolean lastOnly) {

    /** At most 500 rows in one answer (the largest page a query reads); past them the pager's "Next" goes on. */
    public static final int MAX_MORE = PageRequest.MAX_SIZE / LeaderboardState.PAGE_SIZE - 1;

    public static final LoadedRows ONE_PAGE = new LoadedRows(0, false);

    /** {@code more} as the URL writes it: none or blank is 0; empty when it is not a whole number from 0 to the maximum. */
    public static OptionalInt parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.of(0);
        }
        String t = text.strip();
        if (t.length() > 2 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(t);
        return n <= MAX_MORE ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /** The rows to read for a state. */
    public PageRequest page(LeaderboardState state) {
        int pages = lastOnly ? 1 : more + 1;
        int skipped = state.page() - 1 + (lastOnly ? more : 0);
        return new PageRequest(pages * LeaderboardState.PAGE_SIZE, skipped * LeaderboardState.PAGE_SIZE);
    }

    /** The last page shown: the pager's "Next" goes to the one after it. */
    public int lastPage(LeaderboardState state) {
        return state.page() + more;
    }

    /** The URL of the view with one more page of rows, or null when it would pass {@value #MAX_MORE}. */
    public String moreHref(LeaderboardState state) {
        return more >= MAX_MORE ? null : href(state, more + 1);
    }

    /** The state's URL with {@code more=n} (none for 0). */
    public static String href(LeaderboardState state, int n) {
        String base = state.href();
        return n == 0 ? base : base + (base.contains("?") ? "&" : "?") + "more=" + n;
    }
}

package org.llmleaderboard.web;

import org.llmleaderboard.service.read.BenchmarkIndexService.IndexQuery;
import org.llmleaderboard.service.read.BenchmarkIndexService.IndexSort;
import org.llmleaderboard.web.view.Format;
import org.llmleaderboard.web.view.LeaderboardState;

import java.util.List;
import java.util.Locale;

/**
 * The benchmarks index's parameters, allow-listed: {@code q} (at most as long as the leaderboard's search),
 * {@code category} (one of the categories the benchmarks have), {@code sort} ({@code name}, {@code models},
 * {@code newest}) and {@code dir} ({@code asc}, {@code desc}; by default ascending for the name, else descending).
 * Any other value is the 400 page. Without a sort the index lists the most-scored families first.
 */
public record BenchmarkIndexParams(String q, String category, String sort, String dir) {

    static final String BASE = "/benchmarks";

    public BenchmarkIndexParams {
        q = q == null || q.isBlank() ? null : q.strip();
        category = category == null || category.isBlank() ? null : category.strip().toLowerCase(Locale.ROOT);
        sort = sort == null || sort.isBlank() ? null : sort.strip();
        dir = dir == null || dir.isBlank() ? null : dir.strip();
    }

    /** Refuses what is malformed ({@code category} is checked by {@link #requireKnownCategory} once they are read). */
    IndexQuery toQuery() {
        if (q != null && q.length() > LeaderboardState.MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "Your search is " + q.length() + " characters long; a search may be at most "
                    + LeaderboardState.MAX_QUERY_LENGTH + " characters.", BASE);
        }
        if (sort != null && !List.of("name", "models", "newest").contains(sort)) {
            throw new BadParameterException("sort", "The benchmarks sort by name, models or newest, not '" + shorten(sort) + "'.", BASE);
        }
        if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
            throw new BadParameterException("dir", "The sort direction must be asc or desc, not '" + shorten(dir) + "'.", BASE);
        }
        return new IndexQuery(q, category, sortKey(), descending());
    }

    /** Refuses a category that no benchmark has. */
    void requireKnownCategory(List<String> categories) {
        if (category != null && !categories.contains(category)) {
            throw new BadParameterException("category", "No benchmark category '" + shorten(category) + "'. The categories are: "
                    + String.join(", ", categories) + ".", BASE);
        }
    }

    private IndexSort sortKey() {
        return sort == null ? IndexSort.MODELS : IndexSort.valueOf(sort.toUpperCase(Locale.ROOT));
    }

    private boolean descending() {
        return dir == null ? sortKey() != IndexSort.NAME : dir.equals("desc");
    }

    /** The link that sorts by {@code key}: the other direction when it is the current sort, else its default. */
    String sortHref(String key) {
        boolean current = sortKey().name().equalsIgnoreCase(key);
        String d = current ? (descending() ? "asc" : "desc") : (key.equals("name") ? "asc" : "desc");
        return href(q, category, key, d);
    }

    /** {@code aria-sort} of the column sorted by {@code key}: none unless it is the current sort. */
    String ariaSort(String key) {
        return sortKey().name().equalsIgnoreCase(key) ? (descending() ? "descending" : "ascending") : "none";
    }

    static String href(String q, String category, String sort, String dir) {
        StringBuilder b = new StringBuilder();
        if (q != null) {
            b.append("&q=").append(Format.param(q));
        }
        if (category != null) {
            b.append("&category=").append(Format.param(category));
        }
        if (sort != null) {
            b.append("&sort=").append(sort).append("&dir=").append(dir);
        }
        return b.isEmpty() ? BASE : BASE + "?" + b.substring(1);
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}

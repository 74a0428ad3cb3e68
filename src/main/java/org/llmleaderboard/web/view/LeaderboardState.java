package org.llmleaderboard.web.view;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.AlScoreBand;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelCriteria;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.PageRequest;
import org.llmleaderboard.query.SortDirection;
import org.llmleaderboard.query.SortOrder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The state of a leaderboard view, exactly as its URL carries it. The parameter names are public
 * (people bookmark them): {@code sort dir q lab arch access tag band page}, and {@code col} (benchmark columns,
 * repeated, at most {@value #MAX_COLUMNS}), {@code weights} ({@code open}, {@code closed}, {@code unknown}), {@code licence}
 * (a licence id) and {@code families=only}. Parsing is lenient: an
 * unknown value is dropped and the default applies (the page reports it: {@code UnknownValues}); malformed values are
 * refused before parsing ({@code LeaderboardParams.requireWellFormed}).
 *
 * @param basePath  the page the state belongs to: {@code /}, {@code /labs/openai}, {@code /architectures/moe}
 * @param labFixed  the lab filter is part of the path (lab pages) and not written as a parameter
 * @param archFixed the architecture filter is part of the path (architecture pages)
 */
public record LeaderboardState(String basePath, String sort, String dir, String q, List<String> labs, List<String> archs,
        List<String> access, List<String> tags, List<String> bands, int page, boolean labFixed, boolean archFixed,
        List<String> cols, List<String> weights, List<String> licences, boolean families) {

    /** Benchmark columns shown when the URL chooses none: the markdown set's four. */
    public static final List<String> DEFAULT_COLUMNS = List.of("mmlu", "mmlu-pro", "gpqa", "hle");
    /** At most this many benchmark columns. */
    public static final int MAX_COLUMNS = 8;

    public static final String DEFAULT_SORT = "alscore";
    public static final int PAGE_SIZE = 100;
    /** The largest page number read (offsets stay within an int); larger ones are refused, not clamped. */
    public static final int MAX_PAGE = 1_000_000;
    /** The longest search; the search box has this {@code maxlength}, and longer searches are refused. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** Builds a state from raw parameters; only known values survive. */
    public static LeaderboardState parse(String basePath, String sort, String dir, String q, Collection<String> labs,
            Collection<String> archs, Collection<String> access, Collection<String> tags, Collection<String> bands, String page,
            Predicate<String> knownLab, Predicate<String> knownTag, Predicate<String> knownBenchmark) {
        return parse(basePath, sort, dir, q, labs, archs, access, tags, bands, page, knownLab, knownTag, knownBenchmark, null, null, null,
                null, l -> false);
    }

    /** Builds a state from raw parameters, with benchmark columns, weights, licences and families; only known values survive. */
    public static LeaderboardState parse(String basePath, String sort, String dir, String q, Collection<String> labs,
            Collection<String> archs, Collection<String> access, Collection<String> tags, Collection<String> bands, String page,
            Predicate<String> knownLab, Predicate<String> knownTag, Predicate<String> knownBenchmark, Collection<String> cols,
            Collection<String> weights, Collection<String> licences, String families, Predicate<String> knownLicence) {
        String s = sort == null ? DEFAULT_SORT : sort.trim().toLowerCase(Locale.ROOT);
        if (ModelSortField.fromParam(s).isEmpty() && !knownBenchmark.test(s)) {
            s = DEFAULT_SORT;
        }
        String d = dir == null ? null : dir.trim().toLowerCase(Locale.ROOT);
        if (!"asc".equals(d) && !"desc".equals(d)) {
            d = defaultDirection(s);
        }
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        int p = page == null ? 1 : pageNumber(page).orElse(1);
        return new LeaderboardState(basePath, s, d, query,
                clean(labs, v -> v.toLowerCase(Locale.ROOT), knownLab),
                clean(archs, v -> v.toLowerCase(Locale.ROOT), v -> Architecture.parse(v).map(a -> a.slug().equals(v)).orElse(false)),
                clean(access, v -> v.toLowerCase(Locale.ROOT), v -> Access.parse(v).map(a -> a.slug().equals(v)).orElse(false)),
                clean(tags, v -> v.toLowerCase(Locale.ROOT), knownTag),
                clean(bands, v -> v.toLowerCase(Locale.ROOT), v -> AlScoreBand.parse(v).map(b -> b.slug().equals(v)).orElse(false)),
                p, false, false,
                columns(clean(cols, v -> v.toLowerCase(Locale.ROOT), knownBenchmark)),
                clean(weights, v -> v.toLowerCase(Locale.ROOT), v -> v.equals("open") || v.equals("closed") || v.equals("unknown")),
                clean(licences, v -> v.toLowerCase(Locale.ROOT), knownLicence),
                families != null && families.trim().equalsIgnoreCase("only"));
    }

    /** A page number from 1 to {@value #MAX_PAGE}, or empty when the text is not one. */
    public static java.util.OptionalInt pageNumber(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 7 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return java.util.OptionalInt.empty();
        }
        int p = Integer.parseInt(t);
        return p >= 1 && p <= MAX_PAGE ? java.util.OptionalInt.of(p) : java.util.OptionalInt.empty();
    }

    /** The query this state shows, before the read service checks it: this page's rows, sorted and filtered. */
    public LeaderboardQuery toQuery() {
        ModelSortField field = ModelSortField.fromParam(sort).orElse(ModelSortField.BENCHMARK);
        return new LeaderboardQuery(ModelCriteria.of(q, labs, archs, access, tags, bands),
                new ModelScope(Set.copyOf(weights), Set.copyOf(licences), families),
                SortOrder.of(field, field == ModelSortField.BENCHMARK ? sort : null, "asc".equals(dir) ? SortDirection.ASC : SortDirection.DESC),
                new PageRequest(PAGE_SIZE, (page - 1) * PAGE_SIZE));
    }

    /** For the search box's {@code maxlength}. */
    public int maxQueryLength() {
        return MAX_QUERY_LENGTH;
    }

    private static List<String> columns(List<String> chosen) {
        List<String> c = chosen.stream().limit(MAX_COLUMNS).toList();
        return c.equals(DEFAULT_COLUMNS) ? List.of() : c;
    }

    /** The benchmark columns to show: those chosen in the URL, or the default four. */
    public List<String> columns() {
        return cols.isEmpty() ? DEFAULT_COLUMNS : cols;
    }

    /** The state with these benchmark columns (the default four are written as no parameter). */
    public LeaderboardState withColumns(List<String> columns) {
        List<String> c = columns.equals(DEFAULT_COLUMNS) ? List.of() : List.copyOf(columns);
        return new LeaderboardState(basePath, sort, dir, q, labs, archs, access, tags, bands, 1, labFixed, archFixed, c, weights, licences,
                families);
    }

    /** The state with families only switched on or off. */
    public LeaderboardState withFamilies(boolean only) {
        return new LeaderboardState(basePath, sort, dir, q, labs, archs, access, tags, bands, 1, labFixed, archFixed, cols, weights, licences,
                only);
    }

    public LeaderboardState fixLab(String lab) {
        return new LeaderboardState(basePath, sort, dir, q, List.of(lab), archs, access, tags, bands, page, true, archFixed, cols, weights,
                licences, families);
    }

    public LeaderboardState fixArchitecture(String arch) {
        return new LeaderboardState(basePath, sort, dir, q, labs, List.of(arch), access, tags, bands, page, labFixed, true, cols, weights,
                licences, families);
    }

    /** Text columns start A→Z; numbers, dates and scores start with the largest. */
    public static String defaultDirection(String sort) {
        return switch (sort) {
            case "name", "lab", "architecture", "access" -> "asc";
            default -> "desc";
        };
    }

    /** The state after a click on a column header: the same column reverses, another starts in its default order. */
    public LeaderboardState sortedBy(String column) {
        String d = column.equals(sort) ? ("asc".equals(dir) ? "desc" : "asc") : defaultDirection(column);
        return new LeaderboardState(basePath, column, d, q, labs, archs, access, tags, bands, 1, labFixed, archFixed, cols, weights, licences,
                families);
    }

    public LeaderboardState atPage(int p) {
        return new LeaderboardState(basePath, sort, dir, q, labs, archs, access, tags, bands, p, labFixed, archFixed, cols, weights, licences,
                families);
    }

    /** The state without one filter value (the "×" of an active-filter chip). */
    public LeaderboardState without(String param, String value) {
        return new LeaderboardState(basePath, sort, dir, param.equals("q") ? "" : q,
                param.equals("lab") ? minus(labs, value) : labs, param.equals("arch") ? minus(archs, value) : archs,
                param.equals("access") ? minus(access, value) : access, param.equals("tag") ? minus(tags, value) : tags,
                param.equals("band") ? minus(bands, value) : bands, 1, labFixed, archFixed, cols,
                param.equals("weights") ? minus(weights, value) : weights, param.equals("licence") ? minus(licences, value) : licences,
                !param.equals("families") && families);
    }

    public boolean isSortedBy(String column) {
        return sort.equals(column);
    }

    /** {@code aria-sort} value for a column, or null when the view is not sorted by it. */
    public String ariaSort(String column) {
        return sort.equals(column) ? ("asc".equals(dir) ? "ascending" : "descending") : null;
    }

    public boolean hasFilters() {
        return !q.isEmpty() || (!labFixed && !labs.isEmpty()) || (!archFixed && !archs.isEmpty()) || !access.isEmpty()
                || !tags.isEmpty() || !bands.isEmpty() || !weights.isEmpty() || !licences.isEmpty() || families;
    }

    /** This state's URL: defaults are left out so that URLs stay short and canonical. */
    public String href() {
        String query = queryString();
        return query.isEmpty() ? basePath : basePath + "?" + query;
    }

    /** This view's rows as CSV: all pages, with its sort and every filter, also one fixed by the path (lab pages). */
    public String exportCsvHref() {
        return new LeaderboardState("/export.csv", sort, dir, q, labs, archs, access, tags, bands, 1, false, false, cols, weights, licences,
                families).href();
    }

    /** This view's rows as JSON, as {@link #exportCsvHref()}. */
    public String exportJsonHref() {
        return new LeaderboardState("/export.json", sort, dir, q, labs, archs, access, tags, bands, 1, false, false, cols, weights,
                licences, families).href();
    }

    /** Only the filters, for links that keep the filters but not the sort (reset links). */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        if (!sort.equals(DEFAULT_SORT) || !dir.equals(defaultDirection(DEFAULT_SORT))) {
            parts.add("sort=" + Format.param(sort));
            parts.add("dir=" + dir);
        }
        if (!q.isEmpty()) {
            parts.add("q=" + Format.param(q));
        }
        if (!labFixed) {
            labs.forEach(v -> parts.add("lab=" + Format.param(v)));
        }
        if (!archFixed) {
            archs.forEach(v -> parts.add("arch=" + Format.param(v)));
        }
        access.forEach(v -> parts.add("access=" + Format.param(v)));
        tags.forEach(v -> parts.add("tag=" + Format.param(v)));
        bands.forEach(v -> parts.add("band=" + Format.param(v)));
        weights.forEach(v -> parts.add("weights=" + Format.param(v)));
        licences.forEach(v -> parts.add("licence=" + Format.param(v)));
        if (families) {
            parts.add("families=only");
        }
        cols.forEach(v -> parts.add("col=" + Format.param(v)));
        if (page > 1) {
            parts.add("page=" + page);
        }
        return String.join("&", parts);
    }

    private static List<String> clean(Collection<String> values, java.util.function.UnaryOperator<String> normalise,
            Predicate<String> known) {
        if (values == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            String n = normalise.apply(v.trim());
            if (known.test(n)) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> minus(List<String> values, String value) {
        return values.stream().filter(v -> !v.equals(value)).toList();
    }
}

package org.llmleaderboard.web.view;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.AlScoreBand;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelCriteria;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.ModelTraits;
import org.llmleaderboard.query.PageRequest;
import org.llmleaderboard.query.SortDirection;
import org.llmleaderboard.query.SortOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The state of a leaderboard view, exactly as its URL carries it. The parameter names are public
 * (people bookmark them): {@code sort dir q lab arch access tag band page}, and {@code col} (benchmark columns,
 * repeated, at most {@value #MAX_COLUMNS}), {@code weights} ({@code open}, {@code closed}, {@code unknown}), {@code licence}
 * (a licence id), {@code families=only} and {@code asOf} (a date, {@code query.AsOf}). Parsing is lenient: an
 * unknown value is dropped and the default applies (the page reports it: {@code UnknownValues}); malformed values are
 * refused before parsing ({@code LeaderboardParams.requireWellFormed}).
 *
 * @param basePath the page the state belongs to: {@code /}, {@code /labs/openai}, {@code /architectures/moe}
 * @param order    sort, direction and page
 * @param filters  search and the filters of the markdown set
 * @param scope    weights, licences, families only, as of a date
 * @param layout   benchmark columns, and which filters the path fixes
 */
public record LeaderboardState(String basePath, Order order, Filters filters, Scope scope, Layout layout) {

    /** Sort column ({@code alscore} or a benchmark slug), direction ({@code asc}, {@code desc}), page from 1. */
    public record Order(String sort, String dir, int page) {
    }

    /** The URL's values before parsing: {@code sort}, {@code dir}, {@code page}, each possibly null or malformed. */
    public record RawOrder(String sort, String dir, String page) {
    }

    /** Search ({@code q}, never null once parsed) and the filters {@code lab arch access tag band}, in URL order. */
    public record Filters(String q, List<String> labs, List<String> archs, List<String> access, List<String> tags,
            List<String> bands) {
    }

    /**
     * {@code weights} (open, closed, unknown), {@code licence} ids, {@code families=only}, {@code asOf} (null: today), the
     * serving ({@code maxPrice minContext}) and the model's traits ({@link TraitValues}); parsed and written by {@link ScopeState}.
     */
    public record Scope(List<String> weights, List<String> licences, boolean families, LocalDate asOf, ModelScope.Serving serving,
            ModelTraits traits) {
    }

    /** The URL's scope values before parsing; {@code families} and {@code asOf} as written. */
    public record RawScope(Collection<String> weights, Collection<String> licences, String families, String asOf, String maxPrice,
            String minContext, TraitValues.Raw traits) {
    }

    /**
     * @param cols      benchmark columns as chosen (none for the default four)
     * @param labFixed  the lab filter is part of the path (lab pages) and not written as a parameter
     * @param archFixed the architecture filter is part of the path (architecture pages)
     */
    public record Layout(List<String> cols, boolean labFixed, boolean archFixed) {
    }

    /** Which values exist: labs, tags, benchmarks and licences, for lenient parsing. */
    public record Known(Predicate<String> lab, Predicate<String> tag, Predicate<String> benchmark, Predicate<String> licence) {
    }

    /**
     * Benchmark columns shown when the URL chooses none: the Epoch Capabilities Index (one scale across benchmarks,
     * fitted by Epoch AI), then the markdown set's four.
     */
    public static final List<String> DEFAULT_COLUMNS = List.of("epoch-capabilities-index", "mmlu", "mmlu-pro", "gpqa", "hle");
    /** At most this many benchmark columns. */
    public static final int MAX_COLUMNS = 8;

    /** The capability score ({@code domain.Capability}, the page {@code /about/ranking}), best first. */
    public static final String DEFAULT_SORT = "capability";
    public static final int PAGE_SIZE = 100;
    /** The largest page number read (offsets stay within an int); larger ones are refused, not clamped. */
    public static final int MAX_PAGE = 1_000_000;
    /** The longest search; the search box has this {@code maxlength}, and longer searches are refused. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** Builds a state from raw parameters; only known values survive. */
    public static LeaderboardState parse(String basePath, RawOrder order, Filters filters, RawScope scope, Collection<String> cols,
            Known known) {
        String s = order.sort() == null ? DEFAULT_SORT : order.sort().trim().toLowerCase(Locale.ROOT);
        if (ModelSortField.fromParam(s).isEmpty() && !known.benchmark().test(s)) {
            s = DEFAULT_SORT;
        }
        String d = order.dir() == null ? null : order.dir().trim().toLowerCase(Locale.ROOT);
        if (!"asc".equals(d) && !"desc".equals(d)) {
            d = defaultDirection(s);
        }
        int p = order.page() == null ? 1 : pageNumber(order.page()).orElse(1);
        return new LeaderboardState(basePath, new Order(s, d, p), filters(filters, known), ScopeState.parse(scope, known.licence()),
                new Layout(columns(StateValues.clean(cols, known.benchmark())), false, false));
    }

    private static Filters filters(Filters raw, Known known) {
        String query = raw.q() == null ? "" : raw.q().strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        return new Filters(query, StateValues.clean(raw.labs(), known.lab()),
                StateValues.clean(raw.archs(), v -> Architecture.parse(v).map(a -> a.slug().equals(v)).orElse(false)),
                StateValues.clean(raw.access(), v -> Access.parse(v).map(a -> a.slug().equals(v)).orElse(false)),
                StateValues.clean(raw.tags(), known.tag()),
                StateValues.clean(raw.bands(), v -> AlScoreBand.parse(v).map(b -> b.slug().equals(v)).orElse(false)));
    }

    public String sort() {
        return order.sort();
    }

    public String dir() {
        return order.dir();
    }

    public int page() {
        return order.page();
    }

    public String q() {
        return filters.q();
    }

    public List<String> labs() {
        return filters.labs();
    }

    public List<String> archs() {
        return filters.archs();
    }

    public List<String> access() {
        return filters.access();
    }

    public List<String> tags() {
        return filters.tags();
    }

    public List<String> bands() {
        return filters.bands();
    }

    public List<String> weights() {
        return scope.weights();
    }

    public List<String> licences() {
        return scope.licences();
    }

    public boolean families() {
        return scope.families();
    }

    /** The cheapest input price at most and the context window at least ({@code maxPrice}, {@code minContext}). */
    public ModelScope.Serving serving() {
        return scope.serving();
    }

    /** The model's own traits: sizes, release, modalities, reasoning, commercial use ({@link TraitValues}). */
    public ModelTraits traits() {
        return scope.traits();
    }

    public static java.util.OptionalInt pageNumber(String text) {
        return StateValues.pageNumber(text, MAX_PAGE);
    }

    /** The date the view is as of ({@code asOf}), or null for today. */
    public LocalDate asOf() {
        return scope.asOf();
    }

    public List<String> cols() {
        return layout.cols();
    }

    public boolean labFixed() {
        return layout.labFixed();
    }

    public boolean archFixed() {
        return layout.archFixed();
    }


    /** The query this state shows, before the read service checks it: this page's rows, sorted and filtered. */
    public LeaderboardQuery toQuery() {
        ModelSortField field = ModelSortField.fromParam(sort()).orElse(ModelSortField.BENCHMARK);
        return new LeaderboardQuery(ModelCriteria.of(q(), labs(), archs(), access(), tags(), bands()),
                new ModelScope(Set.copyOf(weights()), Set.copyOf(licences()), families(), asOf(), scope.serving(), traits()),
                SortOrder.of(field, field == ModelSortField.BENCHMARK ? sort() : null, "asc".equals(dir()) ? SortDirection.ASC : SortDirection.DESC),
                new PageRequest(PAGE_SIZE, (page() - 1) * PAGE_SIZE));
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
        return cols().isEmpty() ? DEFAULT_COLUMNS : cols();
    }

    /** The state with these benchmark columns (the default four are written as no parameter). */
    public LeaderboardState withColumns(List<String> columns) {
        List<String> c = columns.equals(DEFAULT_COLUMNS) ? List.of() : List.copyOf(columns);
        return new LeaderboardState(basePath, atFirstPage(), filters, scope, new Layout(c, labFixed(), archFixed()));
    }

    /** The state with families only switched on or off. */
    public LeaderboardState withFamilies(boolean only) {
        return new LeaderboardState(basePath, atFirstPage(), filters, new Scope(weights(), licences(), only, asOf(), scope.serving(),
                traits()), layout);
    }

    public LeaderboardState fixLab(String lab) {
        Filters f = new Filters(q(), List.of(lab), archs(), access(), tags(), bands());
        return new LeaderboardState(basePath, order, f, scope, new Layout(cols(), true, archFixed()));
    }

    public LeaderboardState fixArchitecture(String arch) {
        Filters f = new Filters(q(), labs(), List.of(arch), access(), tags(), bands());
        return new LeaderboardState(basePath, order, f, scope, new Layout(cols(), labFixed(), true));
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
        String d = column.equals(sort()) ? ("asc".equals(dir()) ? "desc" : "asc") : defaultDirection(column);
        return new LeaderboardState(basePath, new Order(column, d, 1), filters, scope, layout);
    }

    public LeaderboardState atPage(int p) {
        return new LeaderboardState(basePath, new Order(sort(), dir(), p), filters, scope, layout);
    }

    /** The state without one filter value (the "×" of an active-filter chip). */
    public LeaderboardState without(String param, String value) {
        Filters f = new Filters(param.equals("q") ? "" : q(),
                param.equals("lab") ? StateValues.minus(labs(), value) : labs(), param.equals("arch") ? StateValues.minus(archs(), value) : archs(),
                param.equals("access") ? StateValues.minus(access(), value) : access(), param.equals("tag") ? StateValues.minus(tags(), value) : tags(),
                param.equals("band") ? StateValues.minus(bands(), value) : bands());
        return new LeaderboardState(basePath, atFirstPage(), f, ScopeState.without(scope, param, value), layout);
    }

    public boolean isSortedBy(String column) {
        return sort().equals(column);
    }

    /** {@code aria-sort} value for a column, or null when the view is not sorted by it. */
    public String ariaSort(String column) {
        return sort().equals(column) ? ("asc".equals(dir()) ? "ascending" : "descending") : null;
    }

    public boolean hasFilters() {
        return !q().isEmpty() || (!labFixed() && !labs().isEmpty()) || (!archFixed() && !archs().isEmpty()) || !access().isEmpty()
                || !tags().isEmpty() || !bands().isEmpty() || !weights().isEmpty() || !licences().isEmpty() || families()
                || !traits().isAny();
    }

    /** This state's URL: defaults are left out so that URLs stay short and canonical. */
    public String href() {
        String query = queryString();
        return query.isEmpty() ? basePath : basePath + "?" + query;
    }

    /** This view's rows as CSV: all pages, with its sort and every filter, also one fixed by the path (lab pages). */
    public String exportCsvHref() {
        return exportState("/export.csv").href();
    }

    /** This view's rows as JSON, as {@link #exportCsvHref()}. */
    public String exportJsonHref() {
        return exportState("/export.json").href();
    }

    /** The state at another path, on its first page, with every filter written (none fixed by the path). */
    private LeaderboardState exportState(String path) {
        return new LeaderboardState(path, atFirstPage(), filters, scope, new Layout(cols(), false, false));
    }

    private Order atFirstPage() {
        return new Order(sort(), dir(), 1);
    }

    /** Only the filters, for links that keep the filters but not the sort (reset links). */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        if (!sort().equals(DEFAULT_SORT) || !dir().equals(defaultDirection(DEFAULT_SORT))) {
            parts.add("sort=" + Format.param(sort()));
            parts.add("dir=" + dir());
        }
        if (!q().isEmpty()) {
            parts.add("q=" + Format.param(q()));
        }
        if (!labFixed()) {
            labs().forEach(v -> parts.add("lab=" + Format.param(v)));
        }
        if (!archFixed()) {
            archs().forEach(v -> parts.add("arch=" + Format.param(v)));
        }
        access().forEach(v -> parts.add("access=" + Format.param(v)));
        tags().forEach(v -> parts.add("tag=" + Format.param(v)));
        bands().forEach(v -> parts.add("band=" + Format.param(v)));
        ScopeState.params(scope, parts);
        cols().forEach(v -> parts.add("col=" + Format.param(v)));
        if (page() > 1) {
            parts.add("page=" + page());
        }
        return String.join("&", parts);
    }
}

package org.llmleaderboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.AlScoreBand;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ModelPage;
import org.llmleaderboard.service.read.ModelCounts;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.read.LabSummary;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.read.QueryFactory;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.web.view.Chip;
import org.llmleaderboard.web.view.Column;
import org.llmleaderboard.web.view.FilterGroup;
import org.llmleaderboard.web.view.LeaderboardState;
import org.llmleaderboard.web.view.LeaderboardView;
import org.llmleaderboard.web.view.LeaderboardRow;
import org.llmleaderboard.web.view.LoadedRows;
import org.llmleaderboard.query.PageRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the leaderboard table views from the leaderboard service, for the pages that show one. */
@ApplicationScoped
public class LeaderboardViews {

    /** Benchmarks shown as leaderboard columns. */
    /** Labs offered in the filter form; more are reached by search or from /labs. */
    static final int MAX_LAB_OPTIONS = 200;

    /** Column headings for benchmarks whose names are too long for one. */
    private static final Map<String, String> SHORT_LABELS = Map.of("epoch-capabilities-index", "ECI", "livebench-average", "LiveBench");

    static final List<String> FEATURED_BENCHMARKS = List.of("mmlu", "mmlu-pro", "gpqa", "hle");

    private final LeaderboardService leaderboard;
    private final FilterOptions options;
    private final QueryFactory queries;

    LeaderboardViews(LeaderboardService leaderboard, FilterOptions options, QueryFactory queries) {
        this.leaderboard = leaderboard;
        this.options = options;
        this.queries = queries;
    }

    /**
     * Reads the URL's parameters into a state; unknown values fall back to defaults (and {@link #view} reports them),
     * malformed ones are refused with {@link BadParameterException}.
     */
    public LeaderboardState state(String basePath, LeaderboardParams p) {
        p.requireWellFormed(basePath);
        Set<String> labs = options.labs().stream().map(LabSummary::slug).collect(Collectors.toSet());
        Set<String> tags = options.tags().keySet().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> benchmarks = options.benchmarks().stream().map(BenchmarkInfo::slug).collect(Collectors.toSet());
        Set<String> licences = options.licences().stream().map(l -> l.id().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        // The aliases replaced in the parameters themselves, so that the notices do not call "google" unknown either.
        p.labs = canonicalLabs(p.labs, labs);
        return LeaderboardState.parse(basePath, p.order(), p.filters(), p.scope(), p.cols,
                new LeaderboardState.Known(labs::contains, tags::contains, benchmarks::contains, licences::contains));
    }

    /** Lab aliases looked up per request at most: each unknown lab costs a look-up, and a URL can repeat {@code lab}. */
    private static final int MAX_LAB_LOOKUPS = 8;

    /**
     * The labs with each alias replaced by its lab ({@code lab=google} filters Google DeepMind, as {@code /labs/google}
     * answers 301 to it), so that a link made before two labs were merged keeps working. Only labs that are not known
     * slugs are looked up.
     */
    private List<String> canonicalLabs(List<String> given, Set<String> known) {
        if (given == null) {
            return null;
        }
        List<String> labs = new ArrayList<>(given.size());
        int lookups = 0;
        for (String lab : given) {
            String slug = lab == null ? "" : lab.strip().toLowerCase(Locale.ROOT);
            if (!slug.isEmpty() && !known.contains(slug) && lookups++ < MAX_LAB_LOOKUPS) {
                labs.add(leaderboard.canonicalLabSlug(slug).orElse(lab));
            } else {
                labs.add(lab);
            }
        }
        return labs;
    }

    /** The view of a state, with notices for the values of {@code params} that the state had to leave out. */
    public LeaderboardView view(String title, LeaderboardState state, LeaderboardParams params, boolean htmx) {
        Set<String> benchmarks = options.benchmarks().stream().map(BenchmarkInfo::slug).collect(Collectors.toSet());
        return view(title, state, params.loaded(htmx), UnknownValues.report(params, state, benchmarks::contains), htmx);
    }

    private LeaderboardView view(String title, LeaderboardState state, LoadedRows loaded, List<String> notices, boolean htmx) {
        Map<String, BenchmarkInfo> bySlug = new HashMap<>();
        options.benchmarks().forEach(b -> bySlug.put(b.slug(), b));
        List<BenchmarkInfo> benchmarks = state.columns().stream().map(bySlug::get).filter(java.util.Objects::nonNull).toList();
        List<String> benchmarkSlugs = benchmarks.stream().map(BenchmarkInfo::slug).toList();
        PageRequest rowsToRead = loaded.page(state);
        ModelPage page = leaderboard.headlinePage(query(state, rowsToRead));
        int offset = rowsToRead.offset();
        List<LeaderboardRow> rows = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            rows.add(LeaderboardRow.from(offset + i + 1, page.items().get(i), benchmarkSlugs, options.counts().newestRelease()));
        }
        int total = page.totalCount();
        int pageCount = Math.max(1, (total + LeaderboardState.PAGE_SIZE - 1) / LeaderboardState.PAGE_SIZE);
        int last = loaded.lastPage(state);
        boolean hasNext = last < pageCount;
        return new LeaderboardView(title, state, columns(state, benchmarks), rows, total,
                rows.isEmpty() ? 0 : offset + 1, offset + rows.size(), pageCount,
                filters(state), chips(state), notices,
                state.page() > 1 ? state.atPage(Math.min(state.page() - 1, pageCount)).href() : null,
                hasNext ? state.atPage(last + 1).href() : null,
                hasNext ? loaded.moreHref(state) : null,
                state.atPage(pageCount).href(), state.atPage(1).href(),
                htmx);
    }

    LeaderboardQuery query(LeaderboardState state) {
        return query(state, state.toQuery().page());
    }

    private LeaderboardQuery query(LeaderboardState state, PageRequest rows) {
        try {
            return queries.validate(state.toQuery().withPage(rows));
        } catch (InvalidArgumentException e) {
            // The state holds allow-listed values only; reaching this is a bug.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<Column> columns(LeaderboardState state, List<BenchmarkInfo> benchmarks) {
        List<Column> columns = new ArrayList<>();
        columns.add(column(state, "name", "Model", "Model name", false, false));
        columns.add(column(state, "lab", "Lab", "The lab that makes it", false, false));
        columns.add(column(state, "capability", "Capability", "Capability score · coverage: the mean percentile rank over "
                + org.llmleaderboard.domain.Capability.BENCHMARKS.size() + " current benchmarks (see About the ranking)", true, false));
        columns.add(column(state, "architecture", "Arch.", "Architecture", false, true));
        columns.add(column(state, "parameters", "Params", "Parameters", true, false));
        columns.add(column(state, "active-parameters", "Active", "Active parameters per token (MoE)", true, true));
        columns.add(column(state, "tokens", "Tokens", "Training tokens", true, true));
        columns.add(column(state, "ratio", "Ratio", "Training tokens per parameter; 20 or more is compute-optimal", true, true));
        columns.add(column(state, "alscore", "ALScore (compute scale)", "A compute scale, not a capability measure: √(parameters × tokens) ÷ 300",
                true, false));
        columns.add(column(state, "context", "Context", "Context window, tokens", true, true));
        columns.add(column(state, "price", "$/M in·out", "The cheapest offering's price, US dollars per million input and output tokens", true, true));
        for (BenchmarkInfo b : benchmarks) {
            columns.add(column(state, b.slug(), SHORT_LABELS.getOrDefault(b.slug(), b.name()),
                    (b.slug().equals("hle") ? "Humanity's Last Exam" : b.name())
                    + (b.percent() ? "" : " (" + b.unit() + ")"), true, false));
        }
        columns.add(column(state, "released", "Released", "Release date, to the day or the month as the sources give it", false, false));
        columns.add(column(state, "access", "Access", "Public means publicly usable, not open weights", false, true));
        return columns;
    }

    private static Column column(LeaderboardState state, String key, String label, String title, boolean numeric, boolean hideOnSmall) {
        return new Column(key, label, title, numeric, state.sortedBy(key).href(), state.ariaSort(key), hideOnSmall);
    }

    private List<FilterGroup> filters(LeaderboardState state) {
        List<FilterGroup> groups = new ArrayList<>();
        if (!state.labFixed()) {
            // The labs with most models (all of them for the bundled data), plus any chosen: thousands
            // of checkboxes would make every page heavy. /labs lists them all.
            Set<String> shown = options.labs().stream().filter(l -> l.models() > 0)
                    .sorted(java.util.Comparator.comparingInt(LabSummary::models).reversed())
                    .limit(MAX_LAB_OPTIONS).map(LabSummary::slug).collect(Collectors.toSet());
            List<FilterGroup.Option> labs = options.labs().stream()
                    .filter(l -> l.models() > 0 && (shown.contains(l.slug()) || state.labs().contains(l.slug())))
                    .map(l -> new FilterGroup.Option(l.slug(), l.name(), l.models(), state.labs().contains(l.slug())))
                    .toList();
            groups.add(new FilterGroup("lab", "Lab", labs));
        }
        ModelCounts counts = options.counts();
        if (!state.archFixed()) {
            Map<String, Integer> byArch = new HashMap<>();
            counts.architectures().forEach(a -> byArch.put(a.slug(), a.count()));
            List<FilterGroup.Option> archs = new ArrayList<>();
            for (Architecture a : Architecture.values()) {
                archs.add(new FilterGroup.Option(a.slug(), a.label(), byArch.getOrDefault(a.slug(), 0), state.archs().contains(a.slug())));
            }
            groups.add(new FilterGroup("arch", "Architecture", archs));
        }
        Map<Access, Integer> byAccess = Map.of(Access.PUBLIC, counts.access().publicModels(),
                Access.PRIVATE, counts.access().privateModels(), Access.UNKNOWN, counts.access().unknown());
        groups.add(new FilterGroup("access", "Access", java.util.Arrays.stream(Access.values())
                .map(a -> new FilterGroup.Option(a.slug(), a.label(), byAccess.get(a), state.access().contains(a.slug()))).toList()));
        groups.add(new FilterGroup("tag", "Tag", options.tags().entrySet().stream()
                .map(e -> {
                    String v = e.getKey().toLowerCase(Locale.ROOT);
                    return new FilterGroup.Option(v, e.getKey(), e.getValue(), state.tags().contains(v));
                }).toList()));
        groups.add(new FilterGroup("band", "ALScore band", java.util.Arrays.stream(AlScoreBand.values())
                .map(b -> new FilterGroup.Option(b.slug(), b.label(), -1, state.bands().contains(b.slug()))).toList()));
        Map<String, Integer> weights = options.weights();
        groups.add(new FilterGroup("weights", "Weights", List.of(
                new FilterGroup.Option("open", "Open weights", weights.getOrDefault("open", 0), state.weights().contains("open")),
                new FilterGroup.Option("closed", "Closed weights", weights.getOrDefault("closed", 0), state.weights().contains("closed")),
                new FilterGroup.Option("unknown", "Unknown", weights.getOrDefault("unknown", 0), state.weights().contains("unknown")))));
        groups.add(new FilterGroup("licence", "Licence", options.licences().stream()
                .map(l -> {
                    String v = l.id().toLowerCase(Locale.ROOT);
                    return new FilterGroup.Option(v, l.name(), l.models(), state.licences().contains(v));
                }).toList()));
        groups.add(new FilterGroup("families", "Families", List.of(
                new FilterGroup.Option("only", "Families only (hide variants)", -1, state.families()))));
        // Benchmark columns: the chosen ones first, then those with at least 10 scored models, most scored first.
        Map<String, Integer> scored = options.scoredCounts();
        List<FilterGroup.Option> cols = new ArrayList<>();
        for (String c : state.columns()) {
            options.benchmarks().stream().filter(b -> b.slug().equals(c)).findFirst()
                    .ifPresent(b -> cols.add(new FilterGroup.Option(b.slug(), b.name(), scored.getOrDefault(b.slug(), 0), true)));
        }
        options.benchmarks().stream()
                .filter(b -> !state.columns().contains(b.slug()) && scored.getOrDefault(b.slug(), 0) >= 10)
                .sorted(java.util.Comparator.comparing((BenchmarkInfo b) -> -scored.getOrDefault(b.slug(), 0)).thenComparing(BenchmarkInfo::slug))
                .forEach(b -> cols.add(new FilterGroup.Option(b.slug(), b.name(), scored.getOrDefault(b.slug(), 0), false)));
        groups.add(new FilterGroup("col", "Columns", cols));
        return groups;
    }

    private List<Chip> chips(LeaderboardState state) {
        List<Chip> chips = new ArrayList<>();
        if (!state.q().isEmpty()) {
            chips.add(new Chip("Search: " + state.q(), state.without("q", state.q()).href()));
        }
        Map<String, String> labNames = new HashMap<>();
        if (!state.labFixed()) {
            options.labs().forEach(l -> labNames.put(l.slug(), l.name()));
            add(chips, state, "lab", "Lab", state.labs(), labNames);
        }
        if (!state.archFixed()) {
            add(chips, state, "arch", "Architecture", state.archs(), labels(Architecture.values()));
        }
        add(chips, state, "access", "Access", state.access(), labels(Access.values()));
        add(chips, state, "tag", "Tag", state.tags(), Map.of());
        add(chips, state, "band", "Band", state.bands(), java.util.Arrays.stream(AlScoreBand.values())
                .collect(Collectors.toMap(AlScoreBand::slug, AlScoreBand::label)));
        add(chips, state, "weights", "Weights", state.weights(), Map.of("open", "open", "closed", "closed", "unknown", "unknown"));
        Map<String, String> licenceNames = new HashMap<>();
        options.licences().forEach(l -> licenceNames.put(l.id().toLowerCase(Locale.ROOT), l.name()));
        add(chips, state, "licence", "Licence", state.licences(), licenceNames);
        if (state.families()) {
            chips.add(new Chip("Families only", state.without("families", "only").href()));
        }
        chips.addAll(org.llmleaderboard.web.view.TraitValues.chips(state));
        return chips;
    }

    private static void add(List<Chip> chips, LeaderboardState state, String param, String name, Collection<String> values,
            Map<String, String> labels) {
        for (String v : values) {
            chips.add(new Chip(name + ": " + labels.getOrDefault(v, v), state.without(param, v).href()));
        }
    }

    private static Map<String, String> labels(Enum<?>[] values) {
        Map<String, String> out = new HashMap<>();
        for (Enum<?> e : values) {
            if (e instanceof Architecture a) {
                out.put(a.slug(), a.label());
            } else if (e instanceof Access a) {
                out.put(a.slug(), a.label());
            }
        }
        return out;
    }
}

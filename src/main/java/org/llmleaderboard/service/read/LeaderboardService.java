package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.query.AsOf;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ModelIdentityRepository;
import org.llmleaderboard.repository.ModelRow;
import org.llmleaderboard.repository.ModelValue;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.repository.HeadlineScore;
import org.llmleaderboard.repository.ScoreRow;
import org.llmleaderboard.repository.BenchmarkRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read side of the leaderboard: pages of models with their relations loaded in a constant number of statements,
 * labs, benchmarks and rankings. Its reads join the caller's transaction (a page's one read transaction) and need
 * none of their own: a GraphQL request reads without one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeaderboardService {

    private final LanguageModelRepository models;
    private final LabRepository labs;
    private final BenchmarkRepository benchmarkRepository;
    private final ScoreRepository scores;
    private final BenchmarkCatalog catalog;
    private final ModelIdentityRepository identities;
    private final PageCounts counts;

    LeaderboardService(LanguageModelRepository models, LabRepository labs, BenchmarkRepository benchmarkRepository,
            ScoreRepository scores, BenchmarkCatalog catalog, ModelIdentityRepository identities, PageCounts counts) {
        this.identities = identities;
        this.counts = counts;
        this.models = models;
        this.labs = labs;
        this.benchmarkRepository = benchmarkRepository;
        this.scores = scores;
        this.catalog = catalog;
    }

    /** One page of a query checked by {@link QueryFactory}: count, ids, models with labs, tags, scores. */
    public ModelPage page(LeaderboardQuery query) {
        int total = count(query);
        return new ModelPage(total, summaries(rowsOfPage(query), query.scope().asOf()));
    }

    /**
     * As {@link #page}, with each model's headline scores only: {@code scores} is empty, {@code headlineScores} as
     * {@link #page} has it. For the leaderboard, the JSON API and GraphQL queries that select no score list: reading
     * every score of a page's models (thousands of rows of 27 columns for the leading 100) was most of their time. A
     * query as of a date reads every score, from which that date's headlines are found.
     */
    public ModelPage headlinePage(LeaderboardQuery query) {
        if (query.scope().asOf() != null) {
            return page(query);
        }
        int total = count(query);
        return new ModelPage(total, headlineSummaries(rowsOfPage(query)));
    }

    /**
     * The models of these ids, in their order, with their headline scores only as {@link #headlinePage} reads them (as
     * of a date, with that date's, as {@link #page} reads them). Ids of models deleted meanwhile are left out.
     */
    public List<ModelSummary> headlineModels(List<Long> ids, LocalDate asOf) {
        List<ModelRow> rows = models.rowsOf(ids);
        return asOf == null ? headlineSummaries(rows) : summaries(rows, asOf);
    }

    private List<ModelSummary> headlineSummaries(List<ModelRow> rows) {
        Map<Long, Map<String, Double>> headlines = new HashMap<>();
        for (HeadlineScore h : scores.headlinesOfModels(rows.stream().map(ModelRow::id).toList())) {
            headlines.computeIfAbsent(h.modelId(), k -> new HashMap<>()).put(h.benchmarkSlug(), h.value());
        }
        return summariesWith(rows, (m, none, headline) -> headline.putAll(headlines.getOrDefault(m.id(), Map.of())));
    }

    /** How many models the query selects in all (its page aside); once per data version and set of filters. */
    public int count(LeaderboardQuery query) {
        return (int) counts.count(query, models::count);
    }

    private List<ModelRow> rowsOfPage(LeaderboardQuery query) {
        return query.first() == 0 ? List.of() : models.rowsOf(models.pageIds(query));
    }

    /** One model by its slug (not an alias): its row, tags and scores, three statements. */
    public Optional<ModelSummary> model(String slug) {
        return models.rowOfSlug(slug).map(r -> summaries(List.of(r)).get(0));
    }

    /** The canonical slug of a model known by this slug or alias (an llm-stats id or path, an old slug). */
    public Optional<String> canonicalModelSlug(String slugOrAlias) {
        if (models.findBySlug(slugOrAlias).isPresent()) {
            return Optional.of(slugOrAlias);
        }
        return models.slugOfAlias(slugOrAlias);
    }

    /** The canonical slug of a benchmark known by this slug or alias (humanity's-last-exam to hle). */
    public Optional<String> canonicalBenchmarkSlug(String slugOrAlias) {
        if (catalog.benchmarks().bySlug(slugOrAlias).isPresent()) {
            return Optional.of(slugOrAlias);
        }
        return benchmarkRepository.slugOfAlias(slugOrAlias);
    }

    /** The canonical slug of a lab known by this slug or alias (deepseek to deepseek-ai). */
    public Optional<String> canonicalLabSlug(String slugOrAlias) {
        if (labs.findBySlug(slugOrAlias).isPresent()) {
            return Optional.of(slugOrAlias);
        }
        return labs.slugOfAlias(slugOrAlias);
    }

    /** Models by slug, answered in the order asked (null where unknown); for batch resolvers. */
    public List<ModelSummary> modelsBySlugs(List<String> slugs) {
        List<ModelSummary> found = summaries(models.rowsOf(models.idsOfSlugs(new LinkedHashSet<>(slugs))));
        Map<String, ModelSummary> bySlug = found.stream().collect(Collectors.toMap(ModelSummary::slug, Function.identity()));
        return slugs.stream().map(bySlug::get).toList();
    }

    /**
     * The variants of each model (dated snapshots, instruct/base, settings), by name, each with its own scores: four
     * statements whatever the number of models (variant ids, rows, tags, scores).
     */
    public List<List<ModelSummary>> variantsOf(List<ModelSummary> parents) {
        List<Long> parentIds = parents.stream().map(ModelSummary::id).distinct().toList();
        List<ModelValue> pairs = identities.variantIdsOf(parentIds);
        if (pairs.isEmpty()) {
            return parents.stream().map(p -> List.<ModelSummary>of()).toList();
        }
        Map<Long, ModelSummary> byId = new HashMap<>();
        summaries(models.rowsOf(pairs.stream().map(p -> Long.valueOf(p.value())).toList())).forEach(v -> byId.put(v.id(), v));
        Map<Long, List<ModelSummary>> byParent = new HashMap<>();
        for (ModelValue p : pairs) {
            byParent.computeIfAbsent(p.modelId(), k -> new ArrayList<>()).add(byId.get(Long.valueOf(p.value())));
        }
        return parents.stream().map(p -> byParent.getOrDefault(p.id(), List.of())).toList();
    }

    /** The models of each lab, best ALScore first, in a constant number of statements. */
    public List<List<ModelSummary>> modelsOfLabs(List<LabInfo> parents) {
        List<Long> labIds = parents.stream().map(LabInfo::id).distinct().toList();
        Map<String, List<ModelSummary>> byLab = new HashMap<>();
        for (ModelSummary m : summaries(models.rowsOf(models.idsOfLabs(labIds)))) {
            byLab.computeIfAbsent(m.lab().slug(), k -> new ArrayList<>()).add(m);
        }
        return parents.stream().map(l -> byLab.getOrDefault(l.slug(), List.of())).toList();
    }

    public List<Integer> modelCounts(List<LabInfo> parents) {
        Map<Long, Integer> counts = new HashMap<>();
        labs.modelCounts(parents.stream().map(LabInfo::id).distinct().toList())
                .forEach(c -> counts.put(c.id(), c.count().intValue()));
        return parents.stream().map(l -> counts.getOrDefault(l.id(), 0)).toList();
    }

    /** Each lab's aliases (other sources' ids, merged labs' slugs), in one statement for all. */
    public List<List<String>> labAliases(List<LabInfo> parents) {
        Map<String, List<String>> bySlug = new HashMap<>();
        labs.aliasesOf(parents.stream().map(LabInfo::id).distinct().toList())
                .forEach(a -> bySlug.computeIfAbsent(a.slug(), k -> new java.util.ArrayList<>()).add(a.alias()));
        return parents.stream().map(l -> bySlug.getOrDefault(l.slug(), List.of())).toList();
    }

    public List<LabInfo> labs() {
        return labs.listByName().stream().map(LabInfo::from).toList();
    }

    public Optional<LabInfo> lab(String slug) {
        return labs.findBySlug(slug).map(LabInfo::from);
    }

    /** All benchmarks, the seeded ones first. */
    public List<BenchmarkInfo> benchmarks() {
        return catalog.benchmarks().all();
    }

    public Optional<BenchmarkInfo> benchmark(String slug) {
        return catalog.benchmarks().bySlug(slug);
    }

    /** Number of models with a headline score, by benchmark slug. */
    public Map<String, Integer> scoredModelCounts() {
        return catalog.benchmarks().scoredModels();
    }

    /** Benchmarks by slug, in the order asked; for the {@code Score.benchmark} batch resolver. */
    public List<BenchmarkInfo> benchmarksBySlugs(List<String> slugs) {
        Map<String, BenchmarkInfo> bySlug = benchmarks().stream().collect(Collectors.toMap(BenchmarkInfo::slug, Function.identity()));
        return slugs.stream().map(bySlug::get).toList();
    }

    /**
     * The read records of these rows with tags, all scores and headline scores: two statements whatever the number
     * of models (tags, scores; the benchmarks once per request), read as projections rather than entities, which is
     * most of what a page of models costs.
     */
    private List<ModelSummary> summaries(List<ModelRow> rows) {
        return summaries(rows, null);
    }

    /** As {@link #summaries(List)}, with the scores that count as of {@code asOf} only (null: all), filtered here: no statement more. */
    private List<ModelSummary> summaries(List<ModelRow> rows, LocalDate asOf) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ScoreRow>> scoresByModel = new HashMap<>();
        for (ScoreRow s : scores.rowsOfModels(rows.stream().map(ModelRow::id).toList())) {
            scoresByModel.computeIfAbsent(s.modelId(), k -> new ArrayList<>()).add(s);
        }
        return summariesWith(rows, (m, entries, headline) -> {
            List<ScoreRow> own = scoresByModel.getOrDefault(m.id(), List.of());
            List<ScoreRow> counted = new ArrayList<>(own.size());
            for (ScoreRow s : own) {
                if (!AsOf.counts(s.date(), m.releaseDate(), asOf)) {
                    continue;
                }
                counted.add(s);
                entries.add(ScoreEntry.from(s));
                if (s.headline()) {
                    headline.put(s.benchmarkSlug(), s.value());
                }
            }
            if (asOf != null) {
                // As of a date a model's headline may not count yet: the score it had then stands in for it.
                headline.clear();
                headline.putAll(AsOfHeadlines.of(counted));
            }
        });
    }

    /** Fills a model's score list and headline scores (by benchmark slug), from scores read for the whole page. */
    @FunctionalInterface
    private interface ScoresOfModel {
        void fill(ModelRow model, List<ScoreEntry> entries, Map<String, Double> headline);
    }

    /** The models of {@code rows} with their labs, tags (one statement for all) and the scores {@code scores} gives each. */
    private List<ModelSummary> summariesWith(List<ModelRow> rows, ScoresOfModel scoresOf) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> tags = new HashMap<>();
        for (ModelValue t : models.tagsOf(rows.stream().map(ModelRow::id).toList())) {
            tags.computeIfAbsent(t.modelId(), k -> new ArrayList<>()).add(t.value());
        }
        Set<String> known = catalog.benchmarks().slugs();
        Map<Long, LabInfo> labInfos = new HashMap<>();
        List<ModelSummary> out = new ArrayList<>(rows.size());
        for (ModelRow m : rows) {
            LabInfo lab = labInfos.computeIfAbsent(m.labId(),
                    k -> new LabInfo(m.labId(), m.labSlug(), m.labName(), m.labWebsite(), m.labCountry()));
            List<ScoreEntry> entries = new ArrayList<>();
            Map<String, Double> headline = new HashMap<>();
            scoresOf.fill(m, entries, headline);
            out.add(ModelSummary.from(m, lab, tags.getOrDefault(m.id(), List.of()), entries, headline, known));
        }
        return out;
    }
}

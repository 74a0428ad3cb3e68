package org.llmleaderboard.service.read;

import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.UnknownBenchmarkException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.AlScoreBand;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DerivedMetrics;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.domain.SearchText;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ChangeEntry;
import org.llmleaderboard.service.read.FactEntry;
import org.llmleaderboard.service.read.OfferingEntry;
import org.llmleaderboard.service.read.LabInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ModelPage;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.service.read.ModelStats;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.ChangeLogRepository;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ModelRow;
import org.llmleaderboard.repository.ScoreRow;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.SortDirection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read side of the leaderboard: validated queries, pages of models with their relations loaded
 * in a constant number of statements, labs, benchmarks and rankings.
 */
@ApplicationScoped
@Transactional
public class LeaderboardService {

    private final LanguageModelRepository models;
    private final LabRepository labs;
    private final BenchmarkRepository benchmarks;
    private final ScoreRepository scores;
    private final ChangeLogRepository changes;

    LeaderboardService(LanguageModelRepository models, LabRepository labs, BenchmarkRepository benchmarks,
            ScoreRepository scores, ChangeLogRepository changes) {
        this.changes = changes;
        this.models = models;
        this.labs = labs;
        this.benchmarks = benchmarks;
        this.scores = scores;
    }

    /** One page: count, ids, models with labs and tags, scores, benchmark slugs — five statements. */
    public ModelPage page(LeaderboardQuery query) {
        long total = models.count(query);
        List<Long> ids = query.first() == 0 ? List.of() : models.pageIds(query);
        return new ModelPage((int) total, loadTypes(ids));
    }

    public Optional<ModelSummary> model(String slug) {
        return models.findBySlug(slug).map(m -> loadTypes(List.of(m.id))).filter(l -> !l.isEmpty()).map(l -> l.get(0));
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
        if (benchmarks.findBySlug(slugOrAlias).isPresent()) {
            return Optional.of(slugOrAlias);
        }
        return benchmarks.slugOfAlias(slugOrAlias);
    }

    /** The canonical slug of a lab known by this slug or alias (deepseek to deepseek-ai). */
    public Optional<String> canonicalLabSlug(String slugOrAlias) {
        if (labs.findBySlug(slugOrAlias).isPresent()) {
            return Optional.of(slugOrAlias);
        }
        return labs.slugOfAlias(slugOrAlias);
    }

    /** The variants of a family model ("Gemma 3" → "Gemma 3 27B", ...), by name. */
    public List<ModelSummary.ModelRef> variants(ModelSummary family) {
        return models.variantsOf(family.id()).stream().map(r -> new ModelSummary.ModelRef((String) r[0], (String) r[1])).toList();
    }

    /** Models with a priced offering and a headline score on the benchmark: x = cheapest blended price, y = score. */
    public List<org.llmleaderboard.service.read.InsightsService.ParameterScore> pricesAndScores(BenchmarkInfo benchmark) {
        return models.pricesAndScores(benchmark.id()).stream()
                .filter(r -> r[3] != null && ((Number) r[3]).doubleValue() > 0)
                .map(r -> new org.llmleaderboard.service.read.InsightsService.ParameterScore((String) r[1], (String) r[0], (String) r[2],
                        ((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue()))
                .toList();
    }

    /** Every provider offering (with model and lab), cheapest blended price first. */
    public List<PriceRow> offeringRows() {
        return models.allOfferings().stream().map(o -> new PriceRow(o.model.slug, o.model.name, o.model.lab.name, o.provider.name,
                o.inputPrice, o.outputPrice, o.contextWindow, o.maxOutput)).toList();
    }

    /** One offering for the prices table. */
    public record PriceRow(String modelSlug, String model, String lab, String provider, Double inputPrice, Double outputPrice,
            Integer contextWindow, Integer maxOutput) {
    }

    /** The aliases of each model, in one query, in the order of {@code parents}. */
    public List<List<String>> aliases(List<ModelSummary> parents) {
        Map<Long, List<String>> byId = models.aliasesOf(parents.stream().map(ModelSummary::id).distinct().toList());
        return parents.stream().map(m -> byId.getOrDefault(m.id(), List.of())).toList();
    }

    /** The sourced facts of each model, in one query, in the order of {@code parents}. */
    public List<List<FactEntry>> facts(List<ModelSummary> parents) {
        Map<Long, List<FactEntry>> byId = new HashMap<>();
        models.factsOf(parents.stream().map(ModelSummary::id).distinct().toList())
                .forEach(f -> byId.computeIfAbsent(f.model.id, k -> new ArrayList<>()).add(FactEntry.from(f)));
        return parents.stream().map(m -> byId.getOrDefault(m.id(), List.of())).toList();
    }

    /** The providers' offerings of each model, cheapest input first, in one query, in the order of {@code parents}. */
    public List<List<OfferingEntry>> offerings(List<ModelSummary> parents) {
        Map<Long, List<OfferingEntry>> byId = new HashMap<>();
        models.offeringsOf(parents.stream().map(ModelSummary::id).distinct().toList())
                .forEach(o -> byId.computeIfAbsent(o.model.id, k -> new ArrayList<>()).add(OfferingEntry.from(o)));
        return parents.stream().map(m -> byId.getOrDefault(m.id(), List.of())).toList();
    }


    /** Models by slug, answered in the order asked (null where unknown); for batch resolvers. */
    public List<ModelSummary> modelsBySlugs(List<String> slugs) {
        List<ModelSummary> found = loadTypes(models.idsOfSlugs(new LinkedHashSet<>(slugs)));
        Map<String, ModelSummary> bySlug = found.stream().collect(Collectors.toMap(ModelSummary::slug, Function.identity()));
        return slugs.stream().map(bySlug::get).toList();
    }

    /** The models of each lab, best ALScore first, in a constant number of statements. */
    public List<List<ModelSummary>> modelsOfLabs(List<LabInfo> parents) {
        List<Long> labIds = parents.stream().map(LabInfo::id).distinct().toList();
        Map<String, List<ModelSummary>> byLab = new HashMap<>();
        for (ModelSummary m : loadTypes(models.idsOfLabs(labIds))) {
            byLab.computeIfAbsent(m.lab().slug(), k -> new ArrayList<>()).add(m);
        }
        return parents.stream().map(l -> byLab.getOrDefault(l.slug(), List.of())).toList();
    }

    public List<Integer> modelCounts(List<LabInfo> parents) {
        Map<Long, Integer> counts = labs.modelCounts(parents.stream().map(LabInfo::id).distinct().toList());
        return parents.stream().map(l -> counts.getOrDefault(l.id(), 0)).toList();
    }

    public List<LabInfo> labs() {
        return labs.listByName().stream().map(LabInfo::from).toList();
    }

    public Optional<LabInfo> lab(String slug) {
        return labs.findBySlug(slug).map(LabInfo::from);
    }

    public List<BenchmarkInfo> benchmarks() {
        return benchmarks.listInOrder().stream().map(BenchmarkInfo::from).toList();
    }

    public Optional<BenchmarkInfo> benchmark(String slug) {
        return benchmarks.findBySlug(slug).map(BenchmarkInfo::from);
    }

    /** Benchmarks by slug, in the order asked; for the {@code Score.benchmark} batch resolver. */
    public List<BenchmarkInfo> benchmarksBySlugs(List<String> slugs) {
        Map<String, BenchmarkInfo> bySlug = benchmarks().stream().collect(Collectors.toMap(BenchmarkInfo::slug, Function.identity()));
        return slugs.stream().map(bySlug::get).toList();
    }

    /** The best {@code first} headline scores of each benchmark, best first; {@code first} is checked by the caller. */
    public List<List<ScoreEntry>> rankings(List<BenchmarkInfo> parents, int first) {
        Map<Long, List<Score>> ranked = scores.rankings(parents.stream().map(BenchmarkInfo::id).distinct().toList(), first);
        return parents.stream()
                .map(b -> ranked.getOrDefault(b.id(), List.of()).stream().map(ScoreEntry::from).toList())
                .toList();
    }

    public ModelStats stats() {
        Map<Access, Long> byAccess = models.countByAccess();
        List<ModelStats.ArchitectureCount> byArchitecture = models.countByArchitecture().entrySet().stream()
                .sorted(Map.Entry.<Architecture, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ModelStats.ArchitectureCount(e.getKey().label(), e.getKey().slug(), e.getValue().intValue()))
                .toList();
        int total = byAccess.values().stream().mapToInt(Long::intValue).sum();
        return new ModelStats(total, (int) labs.count(), (int) benchmarks.count(), (int) scores.count(),
                byAccess.getOrDefault(Access.PUBLIC, 0L).intValue(), byAccess.getOrDefault(Access.PRIVATE, 0L).intValue(),
                byAccess.getOrDefault(Access.UNKNOWN, 0L).intValue(), byArchitecture);
    }

    /**
     * Builds the GraphQL records of these models with lab, tags, all scores and headline scores:
     * four statements whatever the number of models (models+labs, tags, scores, benchmark slugs), read
     * as projections rather than entities, which is most of what a page of models costs.
     */
    private List<ModelSummary> loadTypes(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ModelRow> page = models.rowsOf(ids);
        Map<Long, List<String>> tags = models.tagsOf(ids);
        Map<Long, List<ScoreRow>> scoresByModel = new HashMap<>();
        for (ScoreRow s : scores.rowsOfModels(ids)) {
            scoresByModel.computeIfAbsent(s.modelId(), k -> new ArrayList<>()).add(s);
        }
        Set<String> known = benchmarks.slugs();
        Map<Long, LabInfo> labTypes = new HashMap<>();
        List<ModelSummary> out = new ArrayList<>(page.size());
        for (ModelRow m : page) {
            LabInfo labType = labTypes.computeIfAbsent(m.labId(),
                    k -> new LabInfo(m.labId(), m.labSlug(), m.labName(), m.labWebsite(), m.labCountry()));
            List<ScoreRow> own = scoresByModel.getOrDefault(m.id(), List.of());
            Map<String, Double> headline = new HashMap<>();
            List<ScoreEntry> scoreTypes = new ArrayList<>(own.size());
            for (ScoreRow s : own) {
                scoreTypes.add(ScoreEntry.from(s));
                if (s.headline()) {
                    headline.put(s.benchmarkSlug(), s.value());
                }
            }
            out.add(ModelSummary.from(m, labType, tags.getOrDefault(m.id(), List.of()), scoreTypes, headline, known));
        }
        return out;
    }

    /** All labs with their totals, by name. */
    public List<LabSummary> labSummaries() {
        return labs.summaries().stream().map(r -> new LabSummary((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), r[5] == null ? 0 : ((Number) r[5]).intValue(), r[6] == null ? 0 : ((Number) r[6]).intValue(),
                DerivedMetrics.displayed((Double) r[7]))).toList();
    }

    /** Licences (id → name and model count), most used first; for the licence filter. */
    public List<LicenceCount> licenceCounts() {
        return models.licenceCounts().stream()
                .map(r -> new LicenceCount((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
    }

    /** A licence and how many models have it. */
    public record LicenceCount(String id, String name, int models) {
    }

    /** Model counts by open weights: {@code open}, {@code closed}, {@code unknown}. */
    public Map<String, Integer> weightCounts() {
        return models.weightCounts();
    }

    /** Tags as published with their model counts, most used first. */
    public Map<String, Long> tagCounts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        models.tagCounts().forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** Rank and field size of a model on each benchmark where it has a headline score, by benchmark slug. */
    public Map<String, int[]> ranksOf(ModelSummary model) {
        Map<Long, String> slugs = new HashMap<>();
        benchmarks.listInOrder().forEach(b -> slugs.put(b.id, b.slug));
        Map<String, int[]> out = new HashMap<>();
        scores.ranksOf(model.id()).forEach((id, rank) -> out.put(slugs.get(id), rank));
        return out;
    }

    /** Number of models with a headline score, by benchmark slug. */
    public Map<String, Integer> scoredModelCounts() {
        Map<Long, Integer> byId = scores.scoredModelCounts();
        Map<String, Integer> out = new HashMap<>();
        benchmarks.listInOrder().forEach(b -> out.put(b.slug, byId.getOrDefault(b.id, 0)));
        return out;
    }


    /** The change log of each model, newest first, in one query; in the order of {@code parents}. */
    public List<List<ChangeEntry>> histories(List<ModelSummary> parents) {
        Map<String, List<ChangeEntry>> bySlug = new HashMap<>();
        changes.ofModels(parents.stream().map(ModelSummary::slug).distinct().toList())
                .forEach(c -> bySlug.computeIfAbsent(c.modelSlug, k -> new ArrayList<>()).add(ChangeEntry.from(c)));
        return parents.stream().map(m -> bySlug.getOrDefault(m.slug(), List.of())).toList();
    }
}

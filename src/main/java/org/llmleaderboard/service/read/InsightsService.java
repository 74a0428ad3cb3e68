package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.service.DataVersion;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DerivedMetrics;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.ProviderOfferingRepository;
import org.llmleaderboard.repository.ModelCount;
import org.llmleaderboard.repository.ModelStatisticsRepository;
import org.llmleaderboard.repository.TotalsRow;
import org.llmleaderboard.repository.YearRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, computed live: the facets of the leaderboard's filters, the totals of the stats page and of GraphQL's
 * {@code stats}, releases per year, labs, and values against a benchmark. Every figure is one grouped statement,
 * answered as records, never entities.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InsightsService {

    /** The rule lives in DerivedMetrics; this is its threshold on the unrounded sort key. */
    static final double COMPUTE_OPTIMAL_RAW_RATIO = DerivedMetrics.rawComputeOptimalRatio();

    /** Totals over the whole database. */
    public record Totals(int models, int labs, int benchmarks, int headlineScores, int withParameters,
            int computeOptimal, int underTrained) {
    }

    /** Models released in one calendar year. */
    public record YearCount(int year, int models) {
    }

    /**
     * Models per release year, oldest first, with those announced but not released ("TBA") and those
     * without any date.
     */
    public record ReleaseYears(List<YearCount> years, int tba, int unknown) {
    }

    /** Everything on the stats page besides the chart: totals, counts, releases, the labs with most models. */
    public record Overview(Totals totals, ModelCounts counts, ReleaseYears years, List<LabSummary> labs) {
    }

    /** One offering for the prices table. */
    public record PriceRow(String modelSlug, String model, String lab, String provider, Double inputPrice, Double outputPrice,
            Integer contextWindow, Integer maxOutput) {
    }

    private final ModelStatisticsRepository statistics;
    private final LabRepository labs;
    private final BenchmarkCatalog catalog;
    private final ProviderOfferingRepository offerings;
    private final PerVersion<Facets> facets;

    InsightsService(ModelStatisticsRepository statistics, LabRepository labs, BenchmarkCatalog catalog,
            ProviderOfferingRepository offerings, DataVersion version) {
        this.facets = new PerVersion<>(version);
        this.offerings = offerings;
        this.statistics = statistics;
        this.labs = labs;
        this.catalog = catalog;
    }

    /**
     * What a leaderboard page filters by, in four statements (labs, tags, benchmarks, counts) once per data version:
     * each groups every model, 100–300 ms apiece at 100,000 models, for every page not in the page cache.
     */
    public Facets facets() {
        return facets.get(() -> {
            Map<String, Long> tags = new LinkedHashMap<>();
            statistics.tagCounts().forEach(t -> tags.put(t.tag(), t.models()));
            return new Facets(labSummaries(), tags, catalog.benchmarks(), counts());
        });
    }

    /** Forgets the facets: the next page reads them again (tests that count a cold page's statements). */
    public void clearFacets() {
        facets.clear();
    }

    /** All labs with their totals, by name. */
    public List<LabSummary> labSummaries() {
        return labs.summaries().stream().map(LabSummary::from).toList();
    }

    /** Model counts per access, architecture, weights and licence, from one grouped statement. */
    public ModelCounts counts() {
        Map<Access, Integer> access = new EnumMap<>(Access.class);
        Map<Architecture, Integer> architectures = new EnumMap<>(Architecture.class);
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("open", 0);
        weights.put("closed", 0);
        weights.put("unknown", 0);
        Map<String, LicenceCount> licences = new HashMap<>();
        java.time.LocalDate newest = null;
        for (ModelCount c : statistics.counts()) {
            newest = c.newestRelease() != null && (newest == null || c.newestRelease().isAfter(newest)) ? c.newestRelease() : newest;
            int n = c.models().intValue();
            access.merge(c.access() == null ? Access.UNKNOWN : c.access(), n, Integer::sum);
            architectures.merge(c.architecture() == null ? Architecture.UNKNOWN : c.architecture(), n, Integer::sum);
            weights.merge(c.openWeights() == null ? "unknown" : c.openWeights() ? "open" : "closed", n, Integer::sum);
            if (c.licenceId() != null) {
                licences.merge(c.licenceId(), new LicenceCount(c.licenceId(), c.licenceName(), n), InsightsService::add);
            }
        }
        return new ModelCounts(new AccessCounts(access.getOrDefault(Access.PUBLIC, 0), access.getOrDefault(Access.PRIVATE, 0),
                access.getOrDefault(Access.UNKNOWN, 0)),
                architectures.entrySet().stream()
                        .sorted(Map.Entry.<Architecture, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> new ArchitectureCount(e.getKey().label(), e.getKey().slug(), e.getValue()))
                        .toList(),
                weights,
                licences.values().stream()
                        .sorted(Comparator.comparingInt(LicenceCount::models).reversed().thenComparing(LicenceCount::id))
                        .toList(), newest);
    }

    /** The same licence counted in two groups: the sum, and the greatest name (as {@code max(name)} in SQL). */
    private static LicenceCount add(LicenceCount a, LicenceCount b) {
        String name = a.name() == null ? b.name() : b.name() == null || a.name().compareTo(b.name()) >= 0 ? a.name() : b.name();
        return new LicenceCount(a.id(), name, a.models() + b.models());
    }

    /** Totals for GraphQL's {@code stats}: two statements. */
    public ModelStats stats() {
        TotalsRow t = statistics.totals(COMPUTE_OPTIMAL_RAW_RATIO);
        ModelCounts counts = counts();
        AccessCounts access = counts.access();
        return new ModelStats(counts.total(), t.labs().intValue(), t.benchmarks().intValue(), t.scores().intValue(),
                access.publicModels(), access.privateModels(), access.unknown(), counts.architectures());
    }

    /** The stats page's figures besides its chart, in four statements. */
    public Overview overview(int topLabs) {
        TotalsRow t = statistics.totals(COMPUTE_OPTIMAL_RAW_RATIO);
        Totals totals = new Totals(t.models().intValue(), t.labs().intValue(), t.benchmarks().intValue(), t.headlineScores().intValue(),
                intOf(t.withParameters()), intOf(t.computeOptimal()), intOf(t.underTrained()));
        return new Overview(totals, counts(), releaseYears(), labs.largest(topLabs).stream().map(LabSummary::from).toList());
    }

    /** Models per release year; years without releases between the first and the last are absent. */
    ReleaseYears releaseYears() {
        List<YearCount> years = new ArrayList<>();
        int tba = 0;
        int unknown = 0;
        for (YearRow r : statistics.releaseYears()) {
            if (r.year() == null) {
                tba = intOf(r.tba());
                unknown = intOf(r.models()) - tba;
            } else {
                years.add(new YearCount(r.year(), intOf(r.models())));
            }
        }
        return new ReleaseYears(years, tba, unknown);
    }

    /**
     * Every model with a positive parameter count and a headline score on the benchmark, smallest
     * first (ties by name); empty for an unknown benchmark.
     */
    public List<ParameterScore> parametersVersusScore(String benchmarkSlug) {
        return statistics.parametersVersusScore(benchmarkSlug).stream().map(ParameterScore::from).toList();
    }

    /** Models with a priced offering and a headline score on the benchmark: x = cheapest blended price, y = score. */
    public List<ParameterScore> pricesAndScores(BenchmarkInfo benchmark) {
        return statistics.pricesAndScores(benchmark.id()).stream()
                .filter(p -> p.value() != null && p.value() > 0)
                .map(ParameterScore::from)
                .toList();
    }

    /** Every provider offering (with model and lab), cheapest blended price first. */
    public List<PriceRow> offeringRows() {
        return offerings.rows().stream().map(o -> new PriceRow(o.modelSlug(), o.model(), o.lab(), o.provider(), o.inputPrice(),
                o.outputPrice(), o.contextWindow(), o.maxOutput())).toList();
    }

    private static int intOf(Long value) {
        return value == null ? 0 : value.intValue();
    }
}

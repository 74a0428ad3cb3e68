package org.llmleaderboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.BenchmarkAlias;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.domain.FactKind;
import org.llmleaderboard.domain.ModelFact;
import org.llmleaderboard.domain.HeadlineRule;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LabAlias;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelAlias;
import org.llmleaderboard.domain.OpenWeights;
import org.llmleaderboard.domain.Provider;
import org.llmleaderboard.domain.ProviderOffering;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.importer.LlmStats;
import org.llmleaderboard.importer.LlmStatsMatcher;
import org.llmleaderboard.importer.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.LlmStatsOverrides;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the llm-stats set into the database, in the caller's transaction (all or nothing): plans with
 * {@link LlmStatsMatcher} (rules + override file), then writes labs, benchmarks with their metadata, models
 * (matched ones get the fields they lack; new ones are created, variants linked to their family), aliases,
 * scores with their provenance, the headline of every touched model × benchmark ({@link HeadlineRule}) and the
 * providers' offerings. A later import of a newer checkout finds its models again by their aliases and updates
 * its scores by their llm-stats ids.
 *
 * <p>Units: a benchmark whose {@code max_score} is 1 — or whose scores are all fractions although its
 * {@code max_score} says otherwise (e.g. {@code mbpp}, listed with 100) — is a percentage: scores are stored × 100
 * with the unit {@code %}. Other benchmarks keep their own scale (unit {@code points}, e.g. {@code cfeval} ratings).
 */
@ApplicationScoped
public class LlmStatsImportService {

    public static final String ORIGIN = "llm-stats";
    /** The bundled copy's origin; a score's source file is cited under it. */
    public static final String SOURCE_REPOSITORY = "https://github.com/JonathanChavezTamales/llm-leaderboard/blob/24a9ccf/";
    public static final String SOURCE_CITATION = "llm-stats (JonathanChavezTamales/llm-leaderboard, CC BY 4.0)";

    private final EntityManager em;
    private final DataVersion dataVersion;

    LlmStatsImportService(EntityManager em, DataVersion dataVersion) {
        this.em = em;
        this.dataVersion = dataVersion;
    }

    /**
     * Claims the set's name in {@code data_load} and merges it, in one transaction (see
     * {@code BundledSetService#loadOnce}); null when it was loaded before.
     */
    @Transactional
    public MergeReport loadOnce(String name, LlmStats.Contents contents, LlmStatsOverrides overrides) {
        Number already = (Number) em.createNativeQuery("select count(*) from data_load where name = :name")
                .setParameter("name", name).getSingleResult();
        if (already.intValue() > 0) {
            return null;
        }
        em.createNativeQuery("insert into data_load (name, loaded_at, summary) values (:name, :at, :summary)")
                .setParameter("name", name)
                .setParameter("at", LocalDateTime.now())
                .setParameter("summary", contents.summary())
                .executeUpdate();
        return merge(contents, overrides);
    }

    /** The merge, in the caller's transaction. */
    @Transactional
    public MergeReport merge(LlmStats.Contents contents, LlmStatsOverrides overrides) {
        // A write: cached pages expire when it commits.
        dataVersion.changed();
        // ---- what exists ----
        Map<String, Lab> labs = new HashMap<>();
        em.createQuery("select l from Lab l", Lab.class).getResultList().forEach(l -> labs.put(l.slug, l));
        Map<String, Benchmark> benchmarks = new HashMap<>();
        em.createQuery("select b from Benchmark b", Benchmark.class).getResultList().forEach(b -> benchmarks.put(b.slug, b));
        Map<String, LanguageModel> models = new HashMap<>();
        em.createQuery("select m from LanguageModel m join fetch m.lab", LanguageModel.class).getResultList()
                .forEach(m -> models.put(m.slug, m));
        Map<String, String> labAliases = new HashMap<>();
        em.createQuery("select a.alias, a.lab.slug from LabAlias a", Object[].class).getResultList()
                .forEach(r -> labAliases.put((String) r[0], (String) r[1]));
        Map<String, String> benchmarkAliases = new HashMap<>();
        em.createQuery("select a.alias, a.benchmark.slug from BenchmarkAlias a", Object[].class).getResultList()
                .forEach(r -> benchmarkAliases.put((String) r[0], (String) r[1]));
        Map<String, String> modelAliases = new HashMap<>();
        em.createQuery("select a.alias, a.model.slug from ModelAlias a", Object[].class).getResultList()
                .forEach(r -> modelAliases.put((String) r[0], (String) r[1]));
        LlmStatsMatcher.Known known = new LlmStatsMatcher.Known(
                labs.values().stream().map(l -> new LlmStatsMatcher.ExistingLab(l.slug, l.name)).toList(),
                models.values().stream().map(m -> new LlmStatsMatcher.ExistingModel(m.slug, m.name, m.lab.slug,
                        ORIGIN.equals(m.origin))).toList(),
                benchmarks.values().stream().map(b -> new LlmStatsMatcher.ExistingBenchmark(b.slug, b.name)).toList(),
                labAliases, modelAliases, benchmarkAliases);
        LlmStatsMatcher.Plan plan = LlmStatsMatcher.plan(contents, known, overrides);
        List<String> notes = new ArrayList<>();

        // ---- labs ----
        Map<String, LlmStats.Organization> orgs = new HashMap<>();
        contents.organizations().forEach(o -> orgs.put(o.id(), o));
        int labsMatched = 0;
        int labsCreated = 0;
        Map<String, Lab> labOfOrg = new HashMap<>();
        Set<String> aliasTaken = new HashSet<>(labAliases.keySet());
        Set<String> orgsWithModels = new HashSet<>();
        contents.models().forEach(m -> orgsWithModels.add(m.organizationId()));
        for (LlmStatsMatcher.LabDecision d : plan.labs()) {
            Lab lab = labs.get(d.slug());
            if (d.action() == Action.CREATE && !orgsWithModels.contains(d.orgId())) {
                continue; // an organization without models (llm-stats' "unknown") is no lab
            }
            if (d.action() == Action.CREATE) {
                LlmStats.Organization o = orgs.get(d.orgId());
                lab = new Lab();
                lab.slug = d.slug();
                lab.name = d.name();
                lab.website = o == null ? null : o.website();
                lab.country = o == null ? null : o.country();
                em.persist(lab);
                labs.put(lab.slug, lab);
                labsCreated++;
            } else {
                labsMatched++;
            }
            labOfOrg.put(d.orgId(), lab);
            if (!d.orgId().equals(lab.slug) && !labs.containsKey(d.orgId()) && aliasTaken.add(d.orgId())) {
                em.persist(LabAlias.of(d.orgId(), lab, ORIGIN));
            }
        }

        // ---- benchmarks ----
        Map<String, Double> factor = new HashMap<>();
        Map<String, Benchmark> benchmarkOf = new HashMap<>();
        Map<String, Boolean> allFractions = new HashMap<>();
        for (LlmStats.Model m : contents.models()) {
            for (LlmStats.Score s : m.scores()) {
                allFractions.merge(s.benchmarkId(), s.score() <= 1.0, Boolean::logicalAnd);
            }
        }
        int benchmarksMatched = 0;
        int benchmarksCreated = 0;
        Map<String, LlmStats.Benchmark> sourceBenchmarks = new HashMap<>();
        contents.benchmarks().forEach(b -> sourceBenchmarks.put(b.id(), b));
        Set<String> benchmarkAliasTaken = new HashSet<>(benchmarkAliases.keySet());
        for (LlmStatsMatcher.BenchmarkDecision d : plan.benchmarks()) {
            LlmStats.Benchmark src = sourceBenchmarks.get(d.id());
            boolean percent = src.maxScore() == 1.0 || Boolean.TRUE.equals(allFractions.get(d.id()));
            Benchmark b = benchmarks.get(d.slug());
            if (d.action() == Action.CREATE) {
                b = new Benchmark();
                b.slug = d.slug();
                b.name = src.name();
                b.description = src.description() == null ? src.name() : src.description();
                b.unit = percent ? "%" : "points";
                b.higherIsBetter = true;
                b.minScore = 0.0;
                b.maxScore = percent ? 100.0 : src.maxScore();
                em.persist(b);
                benchmarks.put(b.slug, b);
                benchmarksCreated++;
            } else {
                benchmarksMatched++;
            }
            // Metadata the benchmark lacks (the seeded ones have no categories, modality or paper).
            if (b.categories == null && !src.categories().isEmpty()) {
                b.categories = String.join(",", src.categories());
            }
            b.modality = b.modality == null ? src.modality() : b.modality;
            b.multilingual = b.multilingual == null ? src.multilingual() : b.multilingual;
            b.paperUrl = b.paperUrl == null ? src.paperUrl() : b.paperUrl;
            b.implementationUrl = b.implementationUrl == null ? src.implementationUrl() : b.implementationUrl;
            benchmarkOf.put(d.id(), b);
            // Fractions become percent; a percent benchmark given on another scale is rescaled; other units stay.
            factor.put(d.id(), "%".equals(b.unit) ? (percent ? 100.0 : 100.0 / src.maxScore()) : 1.0);
            if (!d.id().equals(b.slug) && !benchmarks.containsKey(d.id()) && benchmarkAliasTaken.add(d.id())) {
                em.persist(BenchmarkAlias.of(d.id(), b, ORIGIN));
            }
        }
        for (LlmStatsMatcher.BenchmarkDecision d : plan.benchmarks()) {
            String parent = sourceBenchmarks.get(d.id()).parentId();
            Benchmark b = benchmarkOf.get(d.id());
            if (parent != null && benchmarkOf.containsKey(parent) && b.parentSlug == null) {
                b.parentSlug = benchmarkOf.get(parent).slug;
            }
        }

        // ---- models ----
        Map<String, LlmStats.Licence> licences = new HashMap<>();
        contents.licences().forEach(l -> licences.put(l.id(), l));
        Map<String, LanguageModel> modelOf = new HashMap<>();
        List<MergeReport.Entry> matched = new ArrayList<>();
        List<MergeReport.Entry> created = new ArrayList<>();
        List<MergeReport.Entry> undecided = new ArrayList<>();
        List<MergeReport.Entry> skipped = new ArrayList<>();
        Set<String> modelAliasTaken = new HashSet<>(modelAliases.keySet());
        for (int i = 0; i < plan.models().size(); i++) {
            LlmStatsMatcher.ModelDecision d = plan.models().get(i);
            LlmStats.Model src = contents.models().get(i);
            MergeReport.Entry entry = new MergeReport.Entry(d.id(), d.name(), d.slug(), d.familySlug(), d.rule(), d.candidates());
            LanguageModel m;
            switch (d.action()) {
                case UNDECIDED -> {
                    undecided.add(entry);
                    continue;
                }
                case SKIP -> {
                    skipped.add(entry);
                    continue;
                }
                case MATCH -> {
                    m = models.get(d.slug());
                    matched.add(entry);
                }
                default -> {
                    m = new LanguageModel();
                    m.slug = d.slug();
                    m.origin = ORIGIN;
                    m.name = src.name();
                    m.lab = labOfOrg.get(src.organizationId());
                    if (src.releaseDate() != null) {
                        m.released = src.releaseDate().toString();
                        m.releaseDate = src.releaseDate();
                        m.releasePrecision = DatePrecision.DAY;
                    }
                    // Released models are publicly usable (the markdown set's "Public"), whatever their weights.
                    m.access = src.releaseDate() != null ? Access.PUBLIC : Access.UNKNOWN;
                    m.family = d.familySlug() == null ? null : models.get(d.familySlug());
                    em.persist(m);
                    models.put(m.slug, m);
                    created.add(entry);
                }
            }
            fill(m, src, licences.get(src.licenceId()));
            facts(m, src, d.action() == Action.CREATE);
            modelOf.put(src.id(), m);
            // llm-stats' own path (also when it is the slug: a later import finds the model by it), and its bare id.
            String path = LlmStatsMatcher.modelAlias(src.organizationId(), src.id());
            if (modelAliasTaken.add(path)) {
                em.persist(ModelAlias.of(path, m, ORIGIN));
            }
            if (!models.containsKey(src.id()) && modelAliasTaken.add(src.id())) {
                em.persist(ModelAlias.of(src.id(), m, ORIGIN));
            }
        }
        for (LlmStats.Model src : contents.models()) {
            LanguageModel m = modelOf.get(src.id());
            if (m != null && m.fineTunedFrom == null && src.fineTunedFromId() != null) {
                LanguageModel base = modelOf.get(src.fineTunedFromId());
                if (base != null && base != m) {
                    m.fineTunedFrom = base;
                } else {
                    notes.add(src.id() + ": fine-tuned from " + src.fineTunedFromId() + ", which the set does not hold");
                }
            }
        }
        em.flush();

        // ---- scores ----
        Map<String, Score> existing = new HashMap<>();
        em.createQuery("select s from Score s where s.origin = :o", Score.class).setParameter("o", ORIGIN).getResultList()
                .forEach(s -> existing.put(s.externalId, s));
        int scoresCreated = 0;
        int scoresUpdated = 0;
        int scoresUnchanged = 0;
        int scoresRejected = 0;
        Set<Long> touchedModels = new HashSet<>();
        Map<String, Integer> repeats = new HashMap<>();
        for (LlmStats.Model src : contents.models()) {
            LanguageModel m = modelOf.get(src.id());
            if (m == null) {
                continue;
            }
            for (LlmStats.Score s : src.scores()) {
                Benchmark b = benchmarkOf.get(s.benchmarkId());
                if (b == null) {
                    // A checkout without this benchmark's file: a benchmark the database knows by alias or slug.
                    String knownSlug = benchmarkAliases.getOrDefault(s.benchmarkId(), LlmStatsMatcher.slugify(s.benchmarkId()));
                    b = benchmarks.get(knownSlug);
                    if (b != null) {
                        benchmarkOf.put(s.benchmarkId(), b);
                        factor.put(s.benchmarkId(), "%".equals(b.unit) && Boolean.TRUE.equals(allFractions.get(s.benchmarkId())) ? 100.0 : 1.0);
                    }
                }
                if (b == null) {
                    notes.add(src.id() + ": score " + s.id() + " on unknown benchmark " + s.benchmarkId() + " not imported");
                    scoresRejected++;
                    continue;
                }
                double value = Math.round(s.score() * factor.get(s.benchmarkId()) * 10000d) / 10000d;
                if ((b.minScore != null && value < b.minScore) || (b.maxScore != null && value > b.maxScore)) {
                    notes.add(src.id() + ": score " + s.id() + " on " + b.slug + " (" + value + ") is outside " + b.minScore + "–"
                            + b.maxScore + "; not imported");
                    scoresRejected++;
                    continue;
                }
                // llm-stats reuses some model_benchmark_ids (across models, and a few within one model): the key is
                // model id, score id, benchmark id and, for a repeat, its position in the file's (stable) order.
                String base = src.id() + "#" + s.id() + "#" + s.benchmarkId();
                int repeat = repeats.merge(base, 1, Integer::sum);
                String key = repeat == 1 ? base : base + "#" + repeat;
                if (key.length() > 100) {
                    key = key.substring(0, 100);
                }
                Score score = existing.get(key);
                boolean isNew = score == null;
                if (isNew) {
                    score = new Score();
                    score.origin = ORIGIN;
                    score.externalId = key;
                }
                String before = isNew ? null : describe(score);
                score.model = m;
                score.benchmark = b;
                score.scoreValue = value;
                score.setting = s.analysisMethod();
                score.selfReported = s.selfReported();
                score.sourceUrl = s.sourceUrl();
                score.sourceCitation = SOURCE_CITATION;
                score.date = s.date();
                score.verified = s.verified();
                score.verificationProvider = s.verificationProvider();
                score.verificationHardware = s.verificationHardware();
                score.verificationDate = s.verificationDate();
                score.verificationNotes = s.verificationNotes();
                if (isNew) {
                    em.persist(score);
                    scoresCreated++;
                } else if (Objects.equals(before, describe(score))) {
                    scoresUnchanged++;
                } else {
                    scoresUpdated++;
                }
                touchedModels.add(m.id);
            }
        }
        em.flush();
        applyHeadlines(touchedModels);

        // ---- providers and offerings ----
        Map<String, Provider> providers = new HashMap<>();
        em.createQuery("select p from Provider p", Provider.class).getResultList().forEach(p -> providers.put(p.slug, p));
        int providersCreated = 0;
        for (LlmStats.Provider p : contents.providers()) {
            String slug = LlmStatsMatcher.slugify(p.id());
            if (!providers.containsKey(slug)) {
                Provider provider = new Provider();
                provider.slug = slug;
                provider.name = p.name();
                provider.website = p.website();
                em.persist(provider);
                providers.put(slug, provider);
                providersCreated++;
            }
        }
        Map<String, ProviderOffering> offerings = new HashMap<>();
        em.createQuery("select o from ProviderOffering o where o.externalId is not null", ProviderOffering.class).getResultList()
                .forEach(o -> offerings.put(o.externalId, o));
        int offeringCount = 0;
        for (LlmStats.Offering o : contents.offerings()) {
            LanguageModel m = modelOf.get(o.modelId());
            Provider provider = providers.get(LlmStatsMatcher.slugify(o.providerId()));
            if (m == null || provider == null || o.deprecated()) {
                continue;
            }
            ProviderOffering offering = offerings.get(o.id());
            boolean isNew = offering == null;
            if (isNew) {
                offering = new ProviderOffering();
                offering.externalId = o.id();
            }
            offering.provider = provider;
            offering.model = m;
            offering.providerModelId = o.providerModelId();
            offering.inputPrice = o.inputPrice();
            offering.outputPrice = o.outputPrice();
            offering.contextWindow = o.contextWindow();
            offering.maxOutput = o.maxOutput();
            offering.quantization = o.quantization();
            offering.throughput = o.throughput();
            offering.latency = o.latency();
            offering.sourceUrl = SOURCE_REPOSITORY + "data/providers/" + o.providerId() + "/models.json";
            offering.sourceCitation = SOURCE_CITATION;
            if (isNew) {
                em.persist(offering);
            }
            offeringCount++;
        }
        em.flush();
        return new MergeReport(matched.size(), created.size(), undecided.size(), skipped.size(), matched, created, undecided, skipped,
                labsMatched, labsCreated, benchmarksMatched, benchmarksCreated, scoresCreated, scoresUpdated, scoresUnchanged,
                scoresRejected, offeringCount, providersCreated, notes);
    }

    /** Fields llm-stats knows and the model lacks; never overwrites what the model has. */
    private static void fill(LanguageModel m, LlmStats.Model src, LlmStats.Licence licence) {
        if (m.description == null && src.description() != null) {
            m.description = src.description().length() > 4000 ? src.description().substring(0, 4000) : src.description();
        }
        if (m.licenceId == null && src.licenceId() != null) {
            m.licenceId = src.licenceId();
            m.licenceName = licence == null ? src.licenceId() : licence.name();
            m.licenceCommercial = licence == null ? null : licence.allowCommercial();
        }
        m.weightsUrl = m.weightsUrl == null ? src.weightsUrl() : m.weightsUrl;
        m.openWeights = OpenWeights.of(m.licenceId, m.weightsUrl);
        m.releasedOn = m.releasedOn == null ? src.releaseDate() : m.releasedOn;
        m.announcedOn = m.announcedOn == null ? src.announcementDate() : m.announcedOn;
        m.multimodal = m.multimodal == null ? src.multimodal() : m.multimodal;
        m.knowledgeCutoff = m.knowledgeCutoff == null ? src.knowledgeCutoff() : m.knowledgeCutoff;
        m.apiUrl = m.apiUrl == null ? src.apiUrl() : m.apiUrl;
        m.repoUrl = m.repoUrl == null ? src.repoUrl() : m.repoUrl;
    }

    /**
     * A created model takes llm-stats' parameters, tokens and links as its own; a matched model keeps the markdown
     * set's (its import owns them), and llm-stats' figures are kept beside them as sourced facts.
     */
    private void facts(LanguageModel m, LlmStats.Model src, boolean created) {
        if (created) {
            m.parameters = src.parameters();
            m.trainingTokens = src.trainingTokens();
            m.playgroundUrl = src.playgroundUrl();
            m.paperUrl = src.paperUrl() != null ? src.paperUrl() : src.blogUrl();
        }
        em.createQuery("delete from ModelFact f where f.model = :m and f.origin = :o").setParameter("m", m).setParameter("o", ORIGIN)
                .executeUpdate();
        if (src.parameters() != null) {
            em.persist(fact(m, FactKind.PARAMETERS, src.parameters(), src.file()));
        }
        if (src.trainingTokens() != null) {
            em.persist(fact(m, FactKind.TRAINING_TOKENS, src.trainingTokens(), src.file()));
        }
    }

    private static ModelFact fact(LanguageModel m, FactKind kind, double value, String file) {
        ModelFact f = new ModelFact();
        f.model = m;
        f.fact = kind.slug();
        f.numericValue = value;
        f.unit = kind.defaultUnit();
        f.origin = ORIGIN;
        f.sourceUrl = SOURCE_REPOSITORY + file;
        f.sourceCitation = SOURCE_CITATION;
        return f;
    }

    private static String describe(Score s) {
        return s.model.id + "|" + s.benchmark.id + "|" + s.scoreValue + "|" + s.setting + "|" + s.selfReported + "|" + s.sourceUrl + "|"
                + s.date + "|" + s.verified + "|" + s.verificationProvider + "|" + s.verificationHardware + "|" + s.verificationDate + "|"
                + s.verificationNotes;
    }

    /** Applies {@link HeadlineRule} to every benchmark of these models: one statement to read, updates batched. */
    public void applyHeadlines(Set<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return;
        }
        Map<String, List<Score>> groups = new HashMap<>();
        em.createQuery("select s from Score s where s.model.id in :ids", Score.class).setParameter("ids", modelIds).getResultList()
                .forEach(s -> groups.computeIfAbsent(s.model.id + "/" + s.benchmark.id, k -> new ArrayList<>()).add(s));
        groups.values().forEach(HeadlineRule::apply);
        em.flush();
    }
}

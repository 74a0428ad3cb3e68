package org.llmleaderboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.importer.MarkdownLeaderboard.Contents;
import org.llmleaderboard.importer.MarkdownLeaderboard.LabPage;
import org.llmleaderboard.importer.MarkdownLeaderboard.ModelPage;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.LabRepository;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes what {@code MarkdownLeaderboardReader} read into the database, in the caller's transaction,
 * so that a load is all or nothing.
 */
@ApplicationScoped
public class MarkdownImportService {

    private static final Logger LOG = Logger.getLogger(MarkdownImportService.class);

    /** The set's origin, cited on every score it brings. */
    static final String SOURCE_REPOSITORY = "https://github.com/AIComputing101/llm-leaderboard/blob/6dc9e88/";
    static final String SOURCE_CITATION = "LifeArchitect.ai Models Table (Dr Alan D. Thompson), via AIComputing101/llm-leaderboard";

    private final EntityManager em;
    private final LabRepository labs;
    private final BenchmarkRepository benchmarks;
    private final DataVersion dataVersion;

    MarkdownImportService(EntityManager em, LabRepository labs, BenchmarkRepository benchmarks, DataVersion dataVersion) {
        this.dataVersion = dataVersion;
        this.em = em;
        this.labs = labs;
        this.benchmarks = benchmarks;
    }

    /** Summary of one load. */
    public record Result(int labs, int models, int scores) {
        @Override
        public String toString() {
            return "%d labs, %d models, %d scores".formatted(labs, models, scores);
        }
    }

    /**
     * Claims the data set's name in {@code data_load} and loads it, in one transaction. The claim is the
     * table's primary key: when another instance loaded (or is loading) the set, the insert fails or
     * waits on its lock, and this instance loads nothing.
     *
     * @return the result, or null when the set was loaded before
     */
    /** Whether a data set of this name was loaded (or claimed); a cheap check before reading a bundle at all. */
    @Transactional
    public boolean loaded(String name) {
        return ((Number) em.createNativeQuery("select count(*) from data_load where name = :name")
                .setParameter("name", name).getSingleResult()).intValue() > 0;
    }

    @Transactional
    public Result loadOnce(String name, Contents contents) {
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
        return load(contents);
    }

    /** Adds the labs, models and scores; models whose slug already exists are left alone. */
    @Transactional
    public Result load(Contents contents) {
        dataVersion.changed();
        Map<String, Lab> labBySlug = new HashMap<>();
        labs.listAll().forEach(l -> labBySlug.put(l.slug, l));
        int newLabs = 0;
        for (LabPage page : contents.labs()) {
            if (!labBySlug.containsKey(page.slug())) {
                Lab lab = new Lab();
                lab.slug = page.slug();
                lab.name = page.name();
                em.persist(lab);
                labBySlug.put(lab.slug, lab);
                newLabs++;
            }
        }
        Map<String, Benchmark> benchmarkBySlug = new HashMap<>();
        benchmarks.listAll().forEach(b -> benchmarkBySlug.put(b.slug, b));
        Map<String, Long> existing = new HashMap<>();
        em.createQuery("select m.slug, m.id from LanguageModel m", Object[].class).getResultList()
                .forEach(r -> existing.put((String) r[0], (Long) r[1]));

        int newModels = 0;
        int newScores = 0;
        for (ModelPage page : contents.models()) {
            if (existing.containsKey(page.slug())) {
                LOG.debugf("Model %s exists; not overwritten", page.slug());
                continue;
            }
            Lab lab = labBySlug.get(page.labSlug());
            if (lab == null) {
                // A model whose lab has no page: the lab comes from the model's organization line.
                lab = new Lab();
                lab.slug = page.labSlug();
                lab.name = page.labName();
                em.persist(lab);
                labBySlug.put(lab.slug, lab);
                newLabs++;
            }
            LanguageModel m = new LanguageModel();
            m.slug = page.slug();
            m.name = page.name();
            m.lab = lab;
            m.headlineTags = page.headlineTags().isEmpty() ? null : String.join(", ", page.headlineTags());
            m.released = page.released();
            m.releaseDate = page.releaseDate();
            m.releasePrecision = page.releasePrecision();
            m.access = page.access();
            m.architecture = page.architecture();
            m.parameters = page.parameters();
            m.trainingTokens = page.trainingTokens();
            m.datasetType = page.datasetType();
            m.tags.addAll(page.tags());
            m.notes = page.notes();
            m.playgroundUrl = page.playgroundUrl();
            m.paperUrl = page.paperUrl();
            m.lastUpdated = page.lastUpdated();
            em.persist(m);
            existing.put(m.slug, m.id);
            newModels++;
            for (Map.Entry<String, Double> e : page.scores().entrySet()) {
                Benchmark benchmark = benchmarkBySlug.get(e.getKey());
                if (benchmark == null) {
                    continue;
                }
                Score s = new Score();
                s.model = m;
                s.benchmark = benchmark;
                s.scoreValue = e.getValue();
                s.sourceUrl = SOURCE_REPOSITORY + page.file();
                s.sourceCitation = SOURCE_CITATION;
                s.date = page.lastUpdated();
                // One source, one score per benchmark: it is the headline.
                s.headline = true;
                em.persist(s);
                newScores++;
            }
        }
        em.flush();
        return new Result(newLabs, newModels, newScores);
    }
}

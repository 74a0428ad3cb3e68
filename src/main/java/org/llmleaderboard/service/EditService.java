package org.llmleaderboard.service;

import org.llmleaderboard.service.read.LeaderboardService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hibernate.StaleStateException;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.graphql.input.BenchmarkInput;
import org.llmleaderboard.graphql.input.LabInput;
import org.llmleaderboard.graphql.input.ModelInput;
import org.llmleaderboard.graphql.input.ScoreInput;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.LabInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.importer.MarkdownLeaderboardReader;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The write side: every change of labs, models, benchmarks and scores goes through here, is checked,
 * logged field by field in the change log, and commits with its log entries or not at all
 * (domain errors are checked exceptions, and they roll back too).
 */
@ApplicationScoped
@RolesAllowed(Roles.EDITOR)
@Transactional(rollbackOn = Exception.class)
public class EditService {

    private final EntityManager em;
    private final LabRepository labs;
    private final LanguageModelRepository models;
    private final BenchmarkRepository benchmarks;
    private final LeaderboardService leaderboard;
    private final ChangeLog changeLog;
    private final SecurityIdentity identity;

    EditService(EntityManager em, LabRepository labs, LanguageModelRepository models, BenchmarkRepository benchmarks,
            LeaderboardService leaderboard, ChangeLog changeLog, SecurityIdentity identity) {
        this.em = em;
        this.labs = labs;
        this.models = models;
        this.benchmarks = benchmarks;
        this.leaderboard = leaderboard;
        this.changeLog = changeLog;
        this.identity = identity;
    }

    /** What a write did: imports count these. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public LabInfo upsertLab(LabInput in) {
        saveLab(in, true);
        return LabInfo.from(labs.findBySlug(in.slug).orElseThrow());
    }

    /** Creates or updates a lab; {@code log}: one change-log entry per changed field (not for bulk imports). */
    Outcome saveLab(LabInput in, boolean log) {
        Lab lab = labs.findBySlug(in.slug).orElse(null);
        Map<String, String> before = lab == null ? null : snapshot(lab);
        if (lab == null) {
            lab = new Lab();
            lab.slug = in.slug;
        }
        boolean renamed = lab.name != null && !lab.name.equals(in.name.strip());
        lab.name = in.name.strip();
        lab.website = blankToNull(in.website);
        lab.country = blankToNull(in.country);
        em.persist(lab);
        if (renamed) {
            // Search text holds the lab name: refresh it on the lab's models.
            for (LanguageModel m : models.list("lab", lab)) {
                m.searchText = null;
                m.lastUpdated = LocalDate.now();
            }
        }
        em.flush();
        Map<String, String> after = snapshot(lab);
        if (log) {
            changeLog.diff("lab", lab.slug, null, before, after, actor(), in.reason);
        }
        return outcome(before, after);
    }

    public ModelSummary upsertModel(ModelInput in) throws InvalidArgumentException, ConflictException {
        saveModel(in, true);
        return leaderboard.model(in.slug).orElseThrow();
    }

    /**
     * Creates or updates a model. Interactive writes ({@code interactive}) must send the version they read
     * and are logged field by field; a bulk import replaces by slug and is logged once, by the importer.
     */
    Outcome saveModel(ModelInput in, boolean interactive) throws InvalidArgumentException, ConflictException {
        String labSlug = in.lab.strip();
        Lab lab = labs.findBySlug(labSlug).orElseThrow(() -> new UnknownReferenceException("ModelInput.lab", "lab", labSlug));
        if (!in.slug.startsWith(labSlug + "/")) {
            throw new InvalidValueException("ModelInput.slug", "must start with the lab's slug, '" + labSlug + "/'.");
        }
        MarkdownLeaderboardReader.Release release = MarkdownLeaderboardReader.parseRelease(blankToNull(in.released));
        if (release == null) {
            throw new InvalidValueException("ModelInput.released", "must be like 'May/2024', '2024-05-13', '2024' or 'TBA', was '"
                    + in.released + "'.");
        }
        Access access = in.access == null ? Access.UNKNOWN : Access.parse(in.access).orElseThrow(
                () -> new InvalidValueException("ModelInput.access", "must be public, private or unknown, was '" + in.access + "'."));
        Architecture architecture = in.architecture == null ? null : Architecture.parse(in.architecture).orElseThrow(
                () -> new InvalidValueException("ModelInput.architecture",
                        "must be dense, moe, hybrid, matformer, coe, compound or unknown, was '" + in.architecture + "'."));
        if (in.activeParameters != null && in.parameters != null && in.activeParameters > in.parameters) {
            throw new InvalidValueException("ModelInput.activeParameters", "must not exceed parameters (" + in.parameters + ").");
        }

        LanguageModel m = models.findBySlug(in.slug).orElse(null);
        Map<String, String> before = null;
        if (m != null && interactive) {
            if (in.version == null) {
                throw new ConflictException("Model '" + in.slug + "' exists (version " + m.version
                        + "): send `version` with the value you read to update it.");
            }
            if (in.version != m.version) {
                throw new ConflictException("Model '" + in.slug + "' was changed meanwhile: you sent version " + in.version
                        + ", the current version is " + m.version + ". Read it again and reapply your change.");
            }
        }
        if (m != null) {
            before = snapshot(m);
        } else {
            m = new LanguageModel();
            m.slug = in.slug;
        }
        m.name = in.name.strip();
        m.lab = lab;
        m.headlineTags = in.headlineTags == null || in.headlineTags.isEmpty() ? null : String.join(", ", clean(in.headlineTags));
        m.released = blankToNull(in.released);
        m.releaseDate = release.date();
        m.releasePrecision = release.precision();
        m.access = access;
        m.architecture = architecture == Architecture.UNKNOWN ? null : architecture;
        m.parameters = in.parameters;
        m.activeParameters = in.activeParameters;
        m.trainingTokens = in.trainingTokens;
        m.datasetType = blankToNull(in.datasetType);
        m.tags.clear();
        if (in.tags != null) {
            m.tags.addAll(clean(in.tags));
        }
        m.notes = blankToNull(in.notes);
        m.playgroundUrl = blankToNull(in.playgroundUrl);
        m.paperUrl = blankToNull(in.paperUrl);
        Map<String, String> after = snapshot(m);
        Outcome outcome = outcome(before, after);
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        m.lastUpdated = !interactive && in.lastUpdated != null ? in.lastUpdated : LocalDate.now();
        em.persist(m);
        flush("Model '" + in.slug + "'");
        if (interactive) {
            changeLog.diff("model", m.slug, m.slug, before, after, actor(), in.reason);
        }
        return outcome;
    }

    public boolean deleteModel(String slug, String reason) {
        LanguageModel m = models.findBySlug(slug).orElse(null);
        if (m == null) {
            return false;
        }
        Map<String, String> before = snapshot(m);
        em.createQuery("delete from Score s where s.model = :m").setParameter("m", m).executeUpdate();
        em.remove(m);
        em.flush();
        changeLog.diff("model", slug, slug, before, null, actor(), reason);
        return true;
    }

    public BenchmarkInfo upsertBenchmark(BenchmarkInput in) throws InvalidArgumentException {
        saveBenchmark(in, true);
        return BenchmarkInfo.from(benchmarks.findBySlug(in.slug).orElseThrow());
    }

    Outcome saveBenchmark(BenchmarkInput in, boolean log) throws InvalidArgumentException {
        if (in.minScore != null && in.maxScore != null && in.minScore > in.maxScore) {
            throw new InvalidValueException("BenchmarkInput.maxScore", "must not be below minScore.");
        }
        Benchmark b = benchmarks.findBySlug(in.slug).orElse(null);
        Map<String, String> before = b == null ? null : snapshot(b);
        if (b == null) {
            b = new Benchmark();
            b.slug = in.slug;
        }
        b.name = in.name.strip();
        b.description = in.description.strip();
        b.unit = in.unit == null || in.unit.isBlank() ? "%" : in.unit.strip();
        b.higherIsBetter = in.higherIsBetter == null || in.higherIsBetter;
        b.minScore = in.minScore != null ? in.minScore : "%".equals(b.unit) ? Double.valueOf(0) : null;
        b.maxScore = in.maxScore != null ? in.maxScore : "%".equals(b.unit) ? Double.valueOf(100) : null;
        em.persist(b);
        em.flush();
        Map<String, String> after = snapshot(b);
        if (log) {
            changeLog.diff("benchmark", b.slug, null, before, after, actor(), in.reason);
        }
        return outcome(before, after);
    }

    public ScoreEntry recordScore(ScoreInput in) throws InvalidArgumentException {
        return ScoreEntry.from(saveScore(in, true).score());
    }

    record SavedScore(Score score, Outcome outcome) {
    }

    /** Records a score (see {@link #recordScore}); {@code log}: field by field in the change log. */
    SavedScore saveScore(ScoreInput in, boolean log) throws InvalidArgumentException {
        LanguageModel m = models.findBySlug(in.model.strip())
                .orElseThrow(() -> new UnknownReferenceException("ScoreInput.model", "model", in.model));
        Benchmark b = benchmarks.findBySlug(in.benchmark.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownBenchmarkException("ScoreInput.benchmark", in.benchmark));
        if (!Double.isFinite(in.value) || (b.minScore != null && in.value < b.minScore) || (b.maxScore != null && in.value > b.maxScore)) {
            throw new InvalidValueException("ScoreInput.value", "must lie within " + b.name + "'s range "
                    + (b.minScore == null ? "-∞" : b.minScore) + " to " + (b.maxScore == null ? "∞" : b.maxScore) + " (" + b.unit
                    + "), was " + in.value + ".");
        }
        if (blankToNull(in.sourceUrl) == null && blankToNull(in.source) == null) {
            throw new InvalidValueException("ScoreInput.sourceUrl", "every score needs a source: a URL, or a citation in `source`.");
        }
        String setting = blankToNull(in.setting);
        String sourceUrl = blankToNull(in.sourceUrl);
        String citation = blankToNull(in.source);
        List<Score> same = em.createQuery("select s from Score s where s.model = :m and s.benchmark = :b", Score.class)
                .setParameter("m", m).setParameter("b", b).getResultList();
        Score s = same.stream().filter(x -> Objects.equals(x.setting, setting) && Objects.equals(x.sourceUrl, sourceUrl)
                && Objects.equals(x.sourceCitation, citation)).findFirst().orElse(null);
        Map<String, String> before = s == null ? null : snapshot(s);
        if (s == null) {
            s = new Score();
            s.model = m;
            s.benchmark = b;
            s.setting = setting;
            s.sourceUrl = sourceUrl;
            s.sourceCitation = citation;
        }
        s.scoreValue = in.value;
        s.selfReported = in.selfReported;
        s.date = in.date != null ? LocalDate.parse(in.date) : log ? LocalDate.now() : null;
        boolean noHeadline = same.stream().noneMatch(x -> x.headline);
        if (Boolean.TRUE.equals(in.headline) || noHeadline || s.headline) {
            // Exactly one headline per model and benchmark.
            for (Score other : same) {
                if (other != s && other.headline) {
                    other.headline = false;
                    if (log) changeLog.append("score", scoreKey(other), m.slug, "headline", "true", "false", actor(), in.reason,
                            java.time.LocalDateTime.now());
                }
            }
            s.headline = true;
        }
        Map<String, String> after = snapshot(s);
        Outcome outcome = outcome(before, after);
        if (outcome == Outcome.UNCHANGED) {
            return new SavedScore(s, outcome);
        }
        em.persist(s);
        if (log) {
            m.lastUpdated = LocalDate.now();
        }
        em.flush();
        if (log) {
            changeLog.diff("score", scoreKey(s), m.slug, before, after, actor(), in.reason);
        }
        return new SavedScore(s, outcome);
    }

    private static Outcome outcome(Map<String, String> before, Map<String, String> after) {
        return before == null ? Outcome.CREATED : before.equals(after) ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    public boolean deleteScore(String model, String benchmark, String setting, String reason) {
        List<Score> scores = em.createQuery("""
                select s from Score s join fetch s.model m join fetch s.benchmark b
                where m.slug = :model and b.slug = :benchmark""", Score.class)
                .setParameter("model", model).setParameter("benchmark", benchmark).getResultList();
        String wanted = blankToNull(setting);
        List<Score> doomed = scores.stream().filter(s -> Objects.equals(s.setting, wanted)).toList();
        if (doomed.isEmpty()) {
            return false;
        }
        boolean headlineGone = doomed.stream().anyMatch(s -> s.headline);
        for (Score s : doomed) {
            changeLog.diff("score", scoreKey(s), model, snapshot(s), null, actor(), reason);
            em.remove(s);
        }
        if (headlineGone) {
            // Promote the most recent remaining score, so the model keeps one headline on the benchmark.
            scores.stream().filter(s -> !doomed.contains(s))
                    .max(java.util.Comparator.comparing((Score s) -> s.date == null ? LocalDate.MIN : s.date)
                            .thenComparing(s -> s.scoreValue))
                    .ifPresent(s -> {
                        s.headline = true;
                        changeLog.append("score", scoreKey(s), model, "headline", "false", "true", actor(), reason,
                                java.time.LocalDateTime.now());
                    });
        }
        em.flush();
        return true;
    }

    String actor() {
        return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    private void flush(String what) throws ConflictException {
        try {
            em.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException(what + " was changed by another request at the same time. Read it again and reapply your change.");
        }
    }

    static String scoreKey(Score s) {
        return s.model.slug + " · " + s.benchmark.slug + (s.setting == null ? "" : " · " + s.setting)
                + " · " + (s.sourceUrl != null ? s.sourceUrl : s.sourceCitation);
    }

    static Map<String, String> snapshot(Lab l) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", l.name);
        m.put("website", l.website);
        m.put("country", l.country);
        return m;
    }

    static Map<String, String> snapshot(LanguageModel x) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", x.name);
        m.put("lab", x.lab == null ? null : x.lab.slug);
        m.put("headlineTags", x.headlineTags);
        m.put("released", x.released);
        m.put("access", x.access == null ? null : x.access.label());
        m.put("architecture", x.architecture == null ? null : x.architecture.label());
        m.put("parameters", str(x.parameters));
        m.put("activeParameters", str(x.activeParameters));
        m.put("trainingTokens", str(x.trainingTokens));
        m.put("datasetType", x.datasetType);
        m.put("tags", x.tags.isEmpty() ? null : String.join(", ", x.tags));
        m.put("notes", x.notes);
        m.put("playgroundUrl", x.playgroundUrl);
        m.put("paperUrl", x.paperUrl);
        return m;
    }

    static Map<String, String> snapshot(Benchmark b) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", b.name);
        m.put("description", b.description);
        m.put("unit", b.unit);
        m.put("higherIsBetter", String.valueOf(b.higherIsBetter));
        m.put("minScore", str(b.minScore));
        m.put("maxScore", str(b.maxScore));
        return m;
    }

    static Map<String, String> snapshot(Score s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("value", str(s.scoreValue));
        m.put("selfReported", s.selfReported == null ? null : s.selfReported.toString());
        m.put("date", s.date == null ? null : s.date.toString());
        m.put("headline", String.valueOf(s.headline));
        return m;
    }

    private static String str(Double d) {
        return d == null ? null : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !out.contains(v.strip())) {
                out.add(v.strip());
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

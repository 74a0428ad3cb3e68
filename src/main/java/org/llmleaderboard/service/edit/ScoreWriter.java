package org.llmleaderboard.service.edit;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.UnknownBenchmarkException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.llmleaderboard.service.edit.Snapshots.blankToNull;
import static org.llmleaderboard.service.edit.Snapshots.scoreKey;

/** Writes scores, in the caller's transaction, keeping exactly one headline score per model and benchmark. */
@ApplicationScoped
public class ScoreWriter {

    private final LanguageModelRepository models;
    private final BenchmarkRepository benchmarks;
    private final ScoreRepository scores;
    private final ChangeLog changeLog;

    ScoreWriter(LanguageModelRepository models, BenchmarkRepository benchmarks, ScoreRepository scores, ChangeLog changeLog) {
        this.models = models;
        this.benchmarks = benchmarks;
        this.scores = scores;
        this.changeLog = changeLog;
    }

    /**
     * Records a score: the same model, benchmark, setting and source update it. {@code log}: an editor's write, logged
     * field by field, dated today when the command has no date, and the model's last update moves to today.
     */
    public SavedScore save(ScoreCommand in, boolean log) throws InvalidArgumentException {
        LanguageModel m = models.findBySlug(in.model().strip())
                .orElseThrow(() -> new UnknownReferenceException("ScoreInput.model", "model", in.model()));
        Benchmark b = benchmarks.findBySlug(in.benchmark().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownBenchmarkException("ScoreInput.benchmark", in.benchmark()));
        checkValue(in, b);
        String setting = blankToNull(in.setting());
        String sourceUrl = blankToNull(in.sourceUrl());
        String citation = blankToNull(in.source());
        List<Score> same = scores.listOf(m, b);
        Score s = same.stream().filter(x -> Objects.equals(x.setting, setting) && Objects.equals(x.sourceUrl, sourceUrl)
                && Objects.equals(x.sourceCitation, citation)).findFirst().orElse(null);
        Map<String, String> before = s == null ? null : Snapshots.of(s);
        if (s == null) {
            s = new Score();
            s.model = m;
            s.benchmark = b;
            s.setting = setting;
            s.sourceUrl = sourceUrl;
            s.sourceCitation = citation;
            s.deriveSetting();
        }
        s.scoreValue = in.value();
        s.selfReported = in.selfReported();
        s.date = in.date() != null ? LocalDate.parse(in.date()) : log ? LocalDate.now() : null;
        if (Boolean.TRUE.equals(in.headline()) || same.stream().noneMatch(x -> x.headline) || s.headline) {
            makeHeadline(s, same, log ? in.reason() : null, log);
        }
        Map<String, String> after = Snapshots.of(s);
        Outcome outcome = Outcome.of(before, after);
        if (outcome == Outcome.UNCHANGED) {
            return new SavedScore(s, outcome);
        }
        scores.persist(s);
        if (log) {
            m.lastUpdated = LocalDate.now();
        }
        scores.flush();
        if (log) {
            changeLog.diff(new ChangeSubject("score", scoreKey(s), m.slug), before, after, in.reason());
        }
        return new SavedScore(s, outcome);
    }

    static void checkValue(ScoreCommand in, Benchmark b) throws InvalidValueException {
        if (!Double.isFinite(in.value()) || (b.minScore != null && in.value() < b.minScore) || (b.maxScore != null && in.value() > b.maxScore)) {
            throw new InvalidValueException("ScoreInput.value", "must lie within " + b.name + "'s range "
                    + (b.minScore == null ? "-∞" : b.minScore) + " to " + (b.maxScore == null ? "∞" : b.maxScore) + " (" + b.unit
                    + "), was " + in.value() + ".");
        }
        if (blankToNull(in.sourceUrl()) == null && blankToNull(in.source()) == null) {
            throw new InvalidValueException("ScoreInput.sourceUrl", "every score needs a source: a URL, or a citation in `source`.");
        }
    }

    /** Exactly one headline per model and benchmark: this one; the others' loss is logged when {@code log}. */
    private void makeHeadline(Score s, List<Score> same, String reason, boolean log) {
        for (Score other : same) {
            if (other != s && other.headline) {
                other.headline = false;
                if (log) {
                    changeLog.append(new ChangeSubject("score", scoreKey(other), s.model.slug), "headline", "true", "false", reason);
                }
            }
        }
        s.headline = true;
    }

    /** Deletes a model's scores on a benchmark with this setting (null: none), logged; false when there were none. */
    public boolean delete(String model, String benchmark, String setting, String reason) {
        List<Score> all = scores.listOf(model, benchmark);
        String wanted = blankToNull(setting);
        List<Score> doomed = all.stream().filter(s -> Objects.equals(s.setting, wanted)).toList();
        if (doomed.isEmpty()) {
            return false;
        }
        boolean headlineGone = doomed.stream().anyMatch(s -> s.headline);
        for (Score s : doomed) {
            changeLog.diff(new ChangeSubject("score", scoreKey(s), model), Snapshots.of(s), null, reason);
            scores.delete(s);
        }
        if (headlineGone) {
            // Promote the most recent remaining score, so the model keeps one headline on the benchmark.
            all.stream().filter(s -> !doomed.contains(s))
                    .max(Comparator.comparing((Score s) -> s.date == null ? LocalDate.MIN : s.date).thenComparing(s -> s.scoreValue))
                    .ifPresent(s -> {
                        s.headline = true;
                        changeLog.append(new ChangeSubject("score", scoreKey(s), model), "headline", "false", "true", reason);
                    });
        }
        scores.flush();
        return true;
    }
}

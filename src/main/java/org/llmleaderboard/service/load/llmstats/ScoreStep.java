package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.repository.ScoreRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.ORIGIN;
import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.SOURCE_CITATION;

/**
 * Step 4, scores: every score of an imported model, in its benchmark's unit ({@link BenchmarkScales}) with its
 * provenance and its structured setting ({@link org.llmleaderboard.domain.Score#deriveSetting()}); created, or updated in place when a later import finds it again by its key ({@link ScoreKeys}). A score
 * on an unknown benchmark or outside its benchmark's range is rejected with a note.
 */
@ApplicationScoped
public class ScoreStep {

    /**
     * The counts, the models whose scores were written (their headlines are due), the new scores (not persisted
     * yet: {@link HeadlineStep} decides their headline flag, then persists them), and notes.
     */
    public record Scores(int created, int updated, int unchanged, int rejected, Set<Long> touchedModels, List<Score> createdScores,
            List<String> notes) {
    }

    private final ScoreRepository scores;

    ScoreStep(ScoreRepository scores) {
        this.scores = scores;
    }

    public Scores run(LlmStats.Contents contents, Map<String, LanguageModel> modelOf, BenchmarkScales scales, Existing existing) {
        Run run = new Run(scales, existing);
        scores.listByOrigin(ORIGIN).forEach(s -> run.earlier.put(s.externalId, s));
        for (LlmStats.Model src : contents.models()) {
            LanguageModel m = modelOf.get(src.id());
            if (m == null) {
                continue;
            }
            for (LlmStats.Score s : src.scores()) {
                run.write(src, m, s);
            }
        }
        return new Scores(run.created, run.updated, run.unchanged, run.rejected, run.touched, run.fresh, run.notes);
    }

    /** One run of the step: what it found, and what it counted. */
    private final class Run {
        final BenchmarkScales scales;
        final Existing existing;
        final Map<String, Score> earlier = new HashMap<>();
        final ScoreKeys keys = new ScoreKeys();
        final Set<Long> touched = new HashSet<>();
        final List<Score> fresh = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int created;
        int updated;
        int unchanged;
        int rejected;

        Run(BenchmarkScales scales, Existing existing) {
            this.scales = scales;
            this.existing = existing;
        }

        void write(LlmStats.Model src, LanguageModel m, LlmStats.Score s) {
            Benchmark b = scales.resolve(s.benchmarkId(), existing);
            if (b == null) {
                reject(src.id() + ": score " + s.id() + " on unknown benchmark " + s.benchmarkId() + " not imported");
                return;
            }
            double value = scales.value(s);
            if ((b.minScore != null && value < b.minScore) || (b.maxScore != null && value > b.maxScore)) {
                reject(src.id() + ": score " + s.id() + " on " + b.slug + " (" + value + ") is outside " + b.minScore + "–" + b.maxScore
                        + "; not imported");
                return;
            }
            String key = keys.next(src.id(), s);
            Score score = earlier.get(key);
            boolean isNew = score == null;
            if (isNew) {
                score = new Score();
                score.origin = ORIGIN;
                score.externalId = key;
            }
            String before = isNew ? null : describe(score);
            copy(s, m, b, value, score);
            if (isNew) {
                fresh.add(score);
                created++;
            } else if (Objects.equals(before, describe(score))) {
                unchanged++;
            } else {
                updated++;
            }
            touched.add(m.id);
        }

        private void reject(String note) {
            notes.add(note);
            rejected++;
        }
    }

    /** The llm-stats score's values onto the entity. */
    static void copy(LlmStats.Score s, LanguageModel m, Benchmark b, double value, Score score) {
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
        score.deriveSetting();
    }

    /** What decides whether a found score changed. */
    static String describe(Score s) {
        return s.model.id + "|" + s.benchmark.id + "|" + s.scoreValue + "|" + s.setting + "|" + s.settingKey + "|" + s.selfReported + "|" + s.sourceUrl + "|"
                + s.date + "|" + s.verified + "|" + s.verificationProvider + "|" + s.verificationHardware + "|" + s.verificationDate + "|"
                + s.verificationNotes;
    }
}

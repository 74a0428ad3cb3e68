package org.llmleaderboard.service.load.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceScore;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.service.load.llmstats.HeadlineStep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Step 4, scores: every score whose model was placed, with its provenance (independent run, self-reported or
 * collected), stderr, date, logs and edition; found again by its key on a later import (updated in place or
 * unchanged), and the source's scores that are gone from it are removed. A score outside its benchmark's range, or
 * whose model went to the review list, is left out with a note.
 */
@ApplicationScoped
public class SourceScores {

    /**
     * The counts, the models whose headlines are due, the new scores (not persisted yet: {@link HeadlineStep} decides
     * their headline flag, then persists them), and notes.
     */
    public record Scores(SourceReport.Counts counts, Set<Long> touchedModels, List<Score> created, List<String> notes) {
    }

    private final ScoreRepository scores;

    SourceScores(ScoreRepository scores) {
        this.scores = scores;
    }

    public Scores run(SourceRun run, Map<String, LanguageModel> modelOf, Map<String, Benchmark> benchmarkOf) {
        Map<String, Score> earlier = new HashMap<>();
        scores.listByOrigin(run.origin()).forEach(s -> earlier.put(s.externalId, s));
        Set<Long> touched = new HashSet<>();
        List<Score> createdScores = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // A run another source listed first (Epoch's stitching data repeats most of the Hub's runs) is that source's score.
        Set<String> seen = scores.runKeysOfOtherOrigins(run.origin());
        int shared = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (SourceScore s : run.records().scores()) {
            LanguageModel m = modelOf.get(s.modelId());
            Benchmark b = benchmarkOf.get(s.benchmark());
            if (m == null) {
                notes.add(s.modelId() + " on " + s.benchmark() + ": its model is on the review list; not imported");
                continue;
            }
            if ((b.minScore != null && s.value() < b.minScore) || (b.maxScore != null && s.value() > b.maxScore)) {
                notes.add(s.modelId() + " on " + b.slug + " (" + s.value() + ") is outside " + b.minScore + "–" + b.maxScore + "; not imported");
                continue;
            }
            String key = key(s);
            if (!seen.add(key)) {
                shared += key.startsWith("run:") ? 1 : 0;
                continue; // the same score twice in the source (a run listed in two files), or another source's run
            }
            Score score = earlier.remove(key);
            boolean isNew = score == null;
            if (isNew) {
                score = new Score();
                score.origin = run.origin();
                score.externalId = key;
            }
            String before = isNew ? null : describe(score);
            copy(s, m, b, run.source().name(), score);
            if (isNew) {
                createdScores.add(score);
                created++;
            } else if (before.equals(describe(score))) {
                unchanged++;
            } else {
                updated++;
            }
            touched.add(m.id);
        }
        if (shared > 0) {
            notes.add(shared + " runs already imported from another source (or listed twice) were kept once");
        }
        earlier.values().forEach(s -> touched.add(s.model.id));
        earlier.values().forEach(scores::delete);
        return new Scores(new SourceReport.Counts(created, updated, unchanged, earlier.size()), touched, createdScores, notes);
    }

    /** The run id, else model, benchmark, setting and edition: what stays the same when a later snapshot re-states it. */
    static String key(SourceScore s) {
        // A run id names a run of one model on one task set; LiveBench's and aider's runs cover several benchmarks.
        String key = s.runId() != null ? "run:" + s.runId() + "|" + s.benchmark()
                : s.modelId() + "|" + s.benchmark() + "|" + Objects.toString(s.setting(), "") + "|" + Objects.toString(s.release(), "");
        return key.length() <= 100 ? key : "sha:" + sha(key);
    }

    private static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(SourceScore s, LanguageModel m, Benchmark b, String citation, Score score) {
        score.model = m;
        score.benchmark = b;
        score.scoreValue = Math.round(s.value() * 10000d) / 10000d;
        score.stderr = s.stderr() == null ? null : Math.round(s.stderr() * 10000d) / 10000d;
        score.setting = cut(s.setting(), 300);
        score.independent = s.provenance() == Provenance.INDEPENDENT;
        score.selfReported = s.provenance() == Provenance.SELF_REPORTED ? Boolean.TRUE
                : s.provenance() == Provenance.INDEPENDENT ? Boolean.FALSE : null;
        score.sourceUrl = cut(s.sourceUrl(), 2000);
        score.sourceCitation = citation;
        score.logUrl = cut(s.logUrl(), 2000);
        score.date = s.date();
        score.edition = cut(s.release(), 40);
        score.deriveSetting();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static String describe(Score s) {
        return s.model.id + "|" + s.benchmark.id + "|" + s.scoreValue + "|" + s.stderr + "|" + s.setting + "|" + s.settingKey + "|"
                + s.independent + "|" + s.selfReported + "|" + s.sourceUrl + "|" + s.logUrl + "|" + s.date + "|" + s.edition;
    }
}

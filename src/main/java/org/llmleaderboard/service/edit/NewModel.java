package org.llmleaderboard.service.edit;

import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.UnknownBenchmarkException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static org.llmleaderboard.service.edit.Snapshots.blankToNull;

/**
 * An imported model whose slug is new, built in memory by the rules of {@link ModelWriter#importModel} and
 * {@link ScoreWriter#save} (the same checks, values and outcomes), so that an import writes new models in JDBC batches
 * ({@code repository.ModelInserts}) instead of a find and a flush per model and per score. Nothing here touches the
 * database: {@code labs} and {@code benchmarks} are the import's look-ups.
 */
public final class NewModel {

    private final LanguageModel model;
    private final List<Score> scores = new ArrayList<>();

    private NewModel(LanguageModel model) {
        this.model = model;
    }

    /**
     * The model of an import's command, checked as {@link ModelWriter} checks it; {@code lastUpdated} the source's date
     * (null: today). Its outcome is always {@link Outcome#CREATED}.
     */
    public static NewModel of(ModelCommand in, LocalDate lastUpdated, Function<String, Optional<Lab>> labs)
            throws InvalidArgumentException {
        ModelWriter.Checked checked = ModelWriter.check(in, labs);
        LanguageModel m = new LanguageModel();
        m.slug = in.slug();
        ModelWriter.apply(in, checked, m);
        m.lastUpdated = lastUpdated != null ? lastUpdated : LocalDate.now();
        m.updateKeys(); // what @PrePersist does: the row is inserted without persist()
        return new NewModel(m);
    }

    /**
     * Adds a score as {@link ScoreWriter#save(ScoreCommand, boolean) save(in, false)} would: the same benchmark, setting
     * and source update an earlier score of this model; exactly one headline per benchmark. {@code in.model()} is
     * this model's slug (the import builds it so).
     */
    public Outcome addScore(ScoreCommand in, Function<String, Optional<Benchmark>> benchmarks) throws InvalidArgumentException {
        Benchmark b = benchmarks.apply(in.benchmark().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownBenchmarkException("ScoreInput.benchmark", in.benchmark()));
        ScoreWriter.checkValue(in, b);
        String setting = blankToNull(in.setting());
        String sourceUrl = blankToNull(in.sourceUrl());
        String citation = blankToNull(in.source());
        List<Score> same = scores.stream().filter(x -> Objects.equals(x.benchmark.id, b.id)).toList();
        Score s = same.stream().filter(x -> Objects.equals(x.setting, setting) && Objects.equals(x.sourceUrl, sourceUrl)
                && Objects.equals(x.sourceCitation, citation)).findFirst().orElse(null);
        Map<String, String> before = s == null ? null : Snapshots.of(s);
        if (s == null) {
            s = new Score();
            s.model = model;
            s.benchmark = b;
            s.setting = setting;
            s.sourceUrl = sourceUrl;
            s.sourceCitation = citation;
            s.deriveSetting();
            scores.add(s);
        }
        s.scoreValue = in.value();
        s.selfReported = in.selfReported();
        s.date = in.date() != null ? LocalDate.parse(in.date()) : null;
        if (Boolean.TRUE.equals(in.headline()) || same.stream().noneMatch(x -> x.headline) || s.headline) {
            for (Score other : same) {
                other.headline = other == s;
            }
            s.headline = true;
        }
        return Outcome.of(before, Snapshots.of(s));
    }

    /** The model, not persisted: no id until it is inserted. */
    public LanguageModel model() {
        return model;
    }

    /** Its scores in the order first met, not persisted. */
    public List<Score> scores() {
        return scores;
    }
}

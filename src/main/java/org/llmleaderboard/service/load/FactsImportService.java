package org.llmleaderboard.service.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.FactKind;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelFact;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.DataLoadRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ModelFactRepository;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.service.DataVersion;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads a facts file ({@code model,type,key,value,text,unit,setting,note}; see
 * {@code bundled/deepseek-statistics-facts.csv}) once: each row a sourced {@link ModelFact} or a {@link Score}, all
 * citing the file's source. Scores join the headline rule like any other. A row naming an unknown model, fact or
 * benchmark fails the load (nothing written), with its line. A figure the model lacks (active parameters, parameters,
 * training tokens) becomes its own value too; one it has stays, and the fact is kept beside it as a second source
 * (the model page shows where they disagree).
 */
@ApplicationScoped
public class FactsImportService {

    private final Repositories repositories;
    private final LlmStatsImportService headlines;
    private final DataVersion dataVersion;

    /** Where a facts file goes. Dependent, not a client proxy: its fields are read directly. */
    @jakarta.enterprise.context.Dependent
    static class Repositories {
        final DataLoadRepository dataLoads;
        final LanguageModelRepository models;
        final BenchmarkRepository benchmarks;
        final ModelFactRepository facts;
        final ScoreRepository scores;

        Repositories(DataLoadRepository dataLoads, LanguageModelRepository models, BenchmarkRepository benchmarks,
                ModelFactRepository facts, ScoreRepository scores) {
            this.dataLoads = dataLoads;
            this.models = models;
            this.benchmarks = benchmarks;
            this.facts = facts;
            this.scores = scores;
        }
    }

    FactsImportService(Repositories repositories, LlmStatsImportService headlines, DataVersion dataVersion) {
        this.repositories = repositories;
        this.headlines = headlines;
        this.dataVersion = dataVersion;
    }

    /** What a load wrote. */
    public record FactsLoad(int facts, int scores) {
        @Override
        public String toString() {
            return facts + " facts, " + scores + " scores";
        }
    }

    /** Claims {@code name} in data_load and loads the file, in one transaction; null when loaded before. */
    @Transactional
    public FactsLoad loadOnce(String name, String csv, String origin, String sourceUrl, String citation) {
        if (repositories.dataLoads.loaded(name)) {
            return null;
        }
        repositories.dataLoads.claim(name, "facts file " + origin);
        return load(csv, origin, sourceUrl, citation);
    }

    @Transactional
    public FactsLoad load(String csv, String origin, String sourceUrl, String citation) {
        dataVersion.changed();
        int facts = 0;
        int scores = 0;
        Set<Long> touched = new HashSet<>();
        List<String> errors = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(csv))) {
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                // A model's old slug (an alias, e.g. google/palm after the lab crosswalk) finds it too.
                LanguageModel m = repositories.models.findBySlug(r.get("model"))
                        .or(() -> repositories.models.slugOfAlias(r.get("model")).flatMap(repositories.models::findBySlug)).orElse(null);
                if (m == null) {
                    errors.add("line " + line + ": unknown model " + r.get("model"));
                    continue;
                }
                Double value = r.get("value").isEmpty() ? null : Double.valueOf(r.get("value"));
                String note = r.get("note").isEmpty() ? null : r.get("note");
                if (r.get("type").equals("fact")) {
                    FactKind kind = FactKind.parse(r.get("key")).orElse(null);
                    if (kind == null || (value == null && r.get("text").isEmpty())) {
                        errors.add("line " + line + ": unknown fact '" + r.get("key") + "' or no value");
                        continue;
                    }
                    ModelFact f = new ModelFact();
                    f.model = m;
                    f.fact = kind.slug();
                    f.numericValue = value;
                    f.textValue = r.get("text").isEmpty() ? null : r.get("text");
                    f.unit = r.get("unit").isEmpty() ? kind.defaultUnit() : r.get("unit");
                    f.note = note;
                    f.origin = origin;
                    f.sourceUrl = sourceUrl;
                    f.sourceCitation = citation;
                    repositories.facts.persist(f);
                    fillWhenMissing(m, kind, value);
                    facts++;
                } else if (r.get("type").equals("score")) {
                    Benchmark b = repositories.benchmarks.findBySlug(r.get("key")).orElse(null);
                    if (b == null || value == null || (b.minScore != null && value < b.minScore) || (b.maxScore != null && value > b.maxScore)) {
                        errors.add("line " + line + ": unknown benchmark '" + r.get("key") + "' or value out of its range");
                        continue;
                    }
                    Score s = new Score();
                    s.model = m;
                    s.benchmark = b;
                    s.scoreValue = value;
                    s.setting = r.get("setting").isEmpty() ? null : r.get("setting");
                    s.origin = origin;
                    s.sourceUrl = sourceUrl;
                    s.sourceCitation = citation + (note == null ? "" : " · " + note);
                    s.deriveSetting();
                    repositories.scores.persist(s);
                    touched.add(m.id);
                    scores++;
                } else {
                    errors.add("line " + line + ": type must be fact or score");
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Facts file " + origin + " is not readable: " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Facts file " + origin + ": " + String.join("; ", errors));
        }
        repositories.scores.flush();
        headlines.applyHeadlines(touched);
        return new FactsLoad(facts, scores);
    }

    /** The model's own figure, from this source when it has none (DeepSeek-V2's 21 B active). */
    static void fillWhenMissing(LanguageModel m, FactKind kind, Double value) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case ACTIVE_PARAMETERS -> m.activeParameters = m.activeParameters == null ? value : m.activeParameters;
            case PARAMETERS -> m.parameters = m.parameters == null ? value : m.parameters;
            case TRAINING_TOKENS -> m.trainingTokens = m.trainingTokens == null ? value : m.trainingTokens;
            default -> {
                // other facts have no column of their own
            }
        }
    }
}

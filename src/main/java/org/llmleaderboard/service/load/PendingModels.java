package org.llmleaderboard.service.load;

import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.BulkWrites;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.service.edit.NewModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An import's new models (slugs the database does not hold), built in memory and inserted {@value #BATCH} at a time by
 * {@link BulkWrites}; with the look-ups they are built with, a query per lab and benchmark instead of per row.
 * Anything that reads models from the database ({@link #flush()} first) sees every model met so far.
 */
final class PendingModels {

    /** Models per insert batch: large enough that statements per model are negligible, small enough to hold. */
    static final int BATCH = 1000;

    private final BulkWrites inserts;
    private final LabRepository labs;
    private final BenchmarkRepository benchmarks;
    private final Map<String, Lab> labsBySlug = new HashMap<>();
    private final Map<String, Benchmark> benchmarksBySlug = new HashMap<>();
    private final List<NewModel> pending = new ArrayList<>();

    PendingModels(BulkWrites inserts, LabRepository labs, BenchmarkRepository benchmarks) {
        this.inserts = inserts;
        this.labs = labs;
        this.benchmarks = benchmarks;
    }

    /** A lab by slug, remembered once found (only its id and name are used: a detached lab is fine). */
    Optional<Lab> lab(String slug) {
        return remembered(labsBySlug, slug, labs::findBySlug);
    }

    /** A benchmark by slug, remembered once found (its id, range and implied setting are used). */
    Optional<Benchmark> benchmark(String slug) {
        return remembered(benchmarksBySlug, slug, benchmarks::findBySlug);
    }

    /** What {@code find} answers for the slug, asked once it has answered something (a miss is asked again). */
    private static <T> Optional<T> remembered(Map<String, T> known, String slug, Function<String, Optional<T>> find) {
        T found = known.get(slug);
        if (found == null) {
            found = find.apply(slug).orElse(null);
            if (found != null) {
                known.put(slug, found);
            }
        }
        return Optional.ofNullable(found);
    }

    void add(NewModel model) {
        pending.add(model);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Inserts the models met since the last flush, with their tags and scores. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        // In index order: most of language_model's indexes end in its name, score's in the value per benchmark. Rows
        // that follow each other in an index land in the same pages, and embedded H2 rewrites a whole page for each
        // store that changed it: the first 30,000 models of bench/import.sh took 10–20 % less time.
        List<LanguageModel> models = pending.stream().map(NewModel::model)
                .sorted(Comparator.comparing((LanguageModel m) -> m.name).thenComparing(m -> m.slug)).toList();
        List<Score> scores = new ArrayList<>();
        pending.forEach(m -> scores.addAll(m.scores()));
        scores.sort(Comparator.comparing((Score sc) -> sc.benchmark.id).thenComparingDouble(sc -> sc.scoreValue));
        inserts.insert(models, scores);
        pending.clear();
    }
}

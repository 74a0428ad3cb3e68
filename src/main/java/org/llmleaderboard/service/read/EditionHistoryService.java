package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.repository.EditionScore;
import org.llmleaderboard.repository.ScoreRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model's {@link EditionHistory}: two statements whatever the number of editions — the model's edition scores, then
 * every model's best per benchmark and edition on those benchmarks, ranked here.
 */
@ApplicationScoped
public class EditionHistoryService {

    private final ScoreRepository scores;
    private final ReadTransaction reads;

    EditionHistoryService(ScoreRepository scores, ReadTransaction reads) {
        this.scores = scores;
        this.reads = reads;
    }

    public EditionHistory of(long modelId) {
        return reads.call(() -> build(modelId));
    }

    private EditionHistory build(long modelId) {
        List<EditionScore> own = scores.editionScores(modelId);
        if (own.isEmpty()) {
            return EditionHistory.NONE;
        }
        // The average first, then the categories by name: the order the LiveBench site shows them.
        Map<Long, String> benchmarks = new LinkedHashMap<>();
        own.stream().sorted(Comparator.comparing((EditionScore s) -> !s.benchmarkSlug().endsWith("average")).thenComparing(EditionScore::benchmarkName))
                .forEach(s -> benchmarks.putIfAbsent(s.benchmarkId(), s.benchmarkName()));
        Map<String, List<EditionScore>> field = new HashMap<>();
        scores.editionBests(benchmarks.keySet()).forEach(b -> field.computeIfAbsent(b.edition() + "|" + b.benchmarkId(), k -> new ArrayList<>()).add(b));
        Map<String, Map<Long, Double>> best = new TreeMap<>(Comparator.reverseOrder());
        own.forEach(s -> best.computeIfAbsent(s.edition(), k -> new HashMap<>()).merge(s.benchmarkId(), s.value(), Math::max));
        List<EditionHistory.Row> rows = new ArrayList<>();
        best.forEach((edition, values) -> {
            List<EditionHistory.Cell> cells = new ArrayList<>();
            for (Long b : benchmarks.keySet()) {
                Double v = values.get(b);
                List<EditionScore> others = field.getOrDefault(edition + "|" + b, List.of());
                cells.add(v == null ? null : new EditionHistory.Cell(v, 1 + (int) others.stream().filter(o -> o.value() > v).count(), others.size()));
            }
            rows.add(new EditionHistory.Row(edition, cells));
        });
        return new EditionHistory(List.copyOf(benchmarks.values()), rows);
    }
}

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
 * A model's {@link EditionHistory}, from the scores its page already holds: no statement for a model without edition
 * scores, else one — every model's best per benchmark and edition on those benchmarks, ranked here.
 */
@ApplicationScoped
public class EditionHistoryService {

    private final ScoreRepository scores;
    private final ReadTransaction reads;

    EditionHistoryService(ScoreRepository scores, ReadTransaction reads) {
        this.scores = scores;
        this.reads = reads;
    }

    /** {@code model}'s scores are its own and its variants' (a variant's score counts for its model). */
    public EditionHistory of(ModelSummary model, Map<String, String> benchmarkNames) {
        List<ScoreEntry> own = model.scores().stream().filter(s -> s.edition() != null).toList();
        if (own.isEmpty()) {
            return EditionHistory.NONE;
        }
        // The average first, then the categories by name: the order the LiveBench site shows them.
        Map<String, String> benchmarks = new LinkedHashMap<>();
        own.stream().map(ScoreEntry::benchmarkSlug).distinct()
                .sorted(Comparator.comparing((String b) -> !b.endsWith("average")).thenComparing(b -> benchmarkNames.getOrDefault(b, b)))
                .forEach(b -> benchmarks.put(b, benchmarkNames.getOrDefault(b, b)));
        Map<String, List<EditionScore>> field = new HashMap<>();
        reads.call(() -> scores.editionBests(benchmarks.keySet()))
                .forEach(b -> field.computeIfAbsent(b.edition() + "|" + b.benchmarkSlug(), k -> new ArrayList<>()).add(b));
        Map<String, Map<String, Double>> best = new TreeMap<>(Comparator.reverseOrder());
        own.forEach(s -> best.computeIfAbsent(s.edition(), k -> new HashMap<>()).merge(s.benchmarkSlug(), s.value(), Math::max));
        List<EditionHistory.Row> rows = new ArrayList<>();
        best.forEach((edition, values) -> {
            List<EditionHistory.Cell> cells = new ArrayList<>();
            for (String b : benchmarks.keySet()) {
                Double v = values.get(b);
                List<EditionScore> others = field.getOrDefault(edition + "|" + b, List.of());
                cells.add(v == null ? null : new EditionHistory.Cell(v, 1 + (int) others.stream().filter(o -> o.value() > v).count(), others.size()));
            }
            rows.add(new EditionHistory.Row(edition, cells));
        });
        return new EditionHistory(List.copyOf(benchmarks.values()), rows);
    }
}

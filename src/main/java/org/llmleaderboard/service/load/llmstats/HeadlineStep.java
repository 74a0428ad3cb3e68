package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.HeadlineRule;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.repository.ScoreRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Step 6, headlines: applies {@link HeadlineRule} to every benchmark of the touched models. */
@ApplicationScoped
public class HeadlineStep {

    private final ScoreRepository scores;

    HeadlineStep(ScoreRepository scores) {
        this.scores = scores;
    }

    /** One statement to read these models' scores; the updates are flushed in batches. */
    public void apply(Set<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return;
        }
        decide(scores.listOfModels(modelIds));
        scores.flush();
    }

    /**
     * The same, for a step that persisted {@code pending} (new scores of these models) and did not flush them: the
     * stored scores are read without a flush and the rule decides on both, so each new score is inserted with its
     * headline flag instead of inserted and then updated (at first start that was about 6,500 of the 42,000 statements).
     */
    public void apply(Set<Long> modelIds, Collection<Score> pending) {
        if (modelIds.isEmpty()) {
            scores.flush();
            return;
        }
        Map<Score, Boolean> all = new IdentityHashMap<>();
        scores.listStoredOfModels(modelIds).forEach(s -> all.put(s, Boolean.TRUE));
        pending.forEach(s -> all.put(s, Boolean.TRUE));
        decide(all.keySet());
        scores.flush();
    }

    private static void decide(Collection<Score> found) {
        Map<String, List<Score>> groups = new HashMap<>();
        found.forEach(s -> groups.computeIfAbsent(s.model.id + "/" + s.benchmark.id, k -> new ArrayList<>()).add(s));
        groups.values().forEach(HeadlineRule::apply);
    }
}

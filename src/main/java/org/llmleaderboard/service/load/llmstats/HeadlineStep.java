package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.HeadlineRule;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.repository.ScoreRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
     * The same, for a step that made new scores of these models and left them to this step to persist
     * ({@code toInsert}, in the order they were made): the rule decides on the stored and the new scores, then the
     * new ones are persisted, so each is inserted with its headline flag. (Persisted first, each was inserted and
     * then updated: about 6,500 of the 42,000 statements of a first start.) Among equal scores the rule keeps the
     * first recorded: a stored one (it has an id), else the first made, which is also the first persisted.
     */
    public void apply(Set<Long> modelIds, List<Score> toInsert) {
        if (!modelIds.isEmpty()) {
            List<Score> all = new ArrayList<>(scores.listStoredOfModels(modelIds));
            all.addAll(toInsert);
            decide(all);
        }
        toInsert.forEach(scores::persist);
        scores.flush();
    }

    private static void decide(Collection<Score> found) {
        Map<String, List<Score>> groups = new HashMap<>();
        found.forEach(s -> groups.computeIfAbsent(s.model.id + "/" + s.benchmark.id, k -> new ArrayList<>()).add(s));
        groups.values().forEach(HeadlineRule::apply);
    }
}

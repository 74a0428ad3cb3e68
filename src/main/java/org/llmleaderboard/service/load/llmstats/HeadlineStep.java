package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.HeadlineRule;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.repository.ScoreRepository;

import java.util.ArrayList;
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
        Map<String, List<Score>> groups = new HashMap<>();
        scores.listOfModels(modelIds).forEach(s -> groups.computeIfAbsent(s.model.id + "/" + s.benchmark.id, k -> new ArrayList<>()).add(s));
        groups.values().forEach(HeadlineRule::apply);
        scores.flush();
    }
}

package org.llmleaderboard.service.rank;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.llmleaderboard.domain.Capability;
import org.llmleaderboard.repository.CapabilityInput;
import org.llmleaderboard.repository.CapabilityRepository;
import org.llmleaderboard.repository.CapabilityStored;
import org.llmleaderboard.service.DataVersion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the stored capability scores in step with the scores. Every write transaction (a load, an import, an edit, a
 * merge) raises the {@link DataVersion}, which fires {@link DataVersion.Changed}; just before that transaction commits
 * the scores are recomputed from the headline scores and the changed models written, so they commit together.
 */
@ApplicationScoped
public class CapabilityScores {

    private static final Logger LOG = Logger.getLogger(CapabilityScores.class);

    private final CapabilityRepository repository;
    private final DataVersion dataVersion;

    CapabilityScores(CapabilityRepository repository, DataVersion dataVersion) {
        this.repository = repository;
        this.dataVersion = dataVersion;
    }

    void onWrite(@Observes(during = TransactionPhase.BEFORE_COMPLETION) DataVersion.Changed change) {
        long start = System.nanoTime();
        int changed = recompute();
        LOG.debugf("Capability scores of %d models changed (data version %d) in %d ms", changed, change.version(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * A database migrated from before the scores (or restored from a dump) gets them at the start; after the bundled
     * loads, which compute their own.
     */
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (recompute() > 0) {
            dataVersion.changed();
        }
    }

    /** Recomputes every model's score in the caller's transaction; the number of models whose stored values changed. */
    int recompute() {
        Map<Long, Capability.Result> results = results(repository.inputs(Capability.BENCHMARKS));
        List<CapabilityRepository.Update> updates = new ArrayList<>();
        Map<Long, CapabilityStored> stored = new HashMap<>();
        repository.stored().forEach(s -> stored.put(s.model(), s));
        results.forEach((model, r) -> {
            CapabilityStored old = stored.get(model);
            if (old == null || !Objects.equals(old.coverage(), r.coverage()) || old.score() == null
                    || Math.abs(old.score() - r.score()) > 1e-9) {
                updates.add(new CapabilityRepository.Update(model, r.score(), r.coverage(), r.sortKey()));
            }
        });
        stored.keySet().stream().filter(m -> !results.containsKey(m))
                .forEach(m -> updates.add(new CapabilityRepository.Update(m, null, null, null)));
        updates.sort(Comparator.comparingLong(CapabilityRepository.Update::model)); // a stable lock order between writers
        repository.write(updates);
        return updates.size();
    }

    /** The scores from the headline scores: one value per row and family, then percentiles per family. */
    static Map<Long, Capability.Result> results(List<CapabilityInput> inputs) {
        Map<String, Map<Long, CapabilityInput>> chosen = new HashMap<>();
        Map<String, Boolean> higherIsBetter = new HashMap<>();
        for (CapabilityInput in : inputs) {
            higherIsBetter.putIfAbsent(in.family(), in.higherIsBetter());
            chosen.computeIfAbsent(in.family(), f -> new HashMap<>()).merge(in.model(), in, CapabilityScores::preferred);
        }
        List<Map<Long, Double>> percentiles = new ArrayList<>();
        chosen.forEach((family, byModel) -> percentiles.add(Capability.percentiles(byModel.values().stream()
                .map(i -> new Capability.Value(i.model(), i.value())).toList(), higherIsBetter.get(family))));
        return Capability.scores(percentiles);
    }

    /**
     * A row's value on a family: its own headline on the family benchmark (the leaderboard's column), else its own on
     * a variant of the family, else a variant model's; among equals the better value.
     */
    static CapabilityInput preferred(CapabilityInput a, CapabilityInput b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return ra < rb ? a : b;
        }
        boolean aBetter = a.higherIsBetter() ? a.value() >= b.value() : a.value() <= b.value();
        return aBetter ? a : b;
    }

    private static int rank(CapabilityInput in) {
        return (in.own() ? 0 : 2) + (in.onFamily() ? 0 : 1);
    }
}

package org.llmleaderboard.service.rank;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.TransactionSynchronizationRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
    /** The thread whose write transactions leave the recompute to {@link #deferredDuring}'s one at the end. */
    private volatile Thread deferringThread;
    private volatile boolean due;
    /** A large import committed without its recompute: {@link #recomputePending} owes one. */
    private volatile boolean pending;
    /** The thread running {@link #recomputePending}'s transaction, whose own version bump must not recompute again. */
    private volatile Thread pendingThread;
    private final TransactionSynchronizationRegistry transactions;

    CapabilityScores(CapabilityRepository repository, DataVersion dataVersion, TransactionSynchronizationRegistry transactions) {
        this.repository = repository;
        this.dataVersion = dataVersion;
        this.transactions = transactions;
    }

    void onWrite(@Observes(during = TransactionPhase.BEFORE_COMPLETION) DataVersion.Changed change) {
        if (Thread.currentThread() == deferringThread) {
            due = true;
            return;
        }
        if (Thread.currentThread() == pendingThread) {
            return;
        }
        if (transactions.getResource(DEFERRED) != null) {
            pending = true;
            return;
        }
        long start = System.nanoTime();
        int changed = recompute();
        LOG.debugf("Capability scores of %d models changed (data version %d) in %d ms", changed, change.version(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Runs {@code work} (the first start's bundled loads: eleven write transactions) with the recompute of its
     * transactions, on this thread only, left to one recompute at its end, in a transaction of its own. Each
     * recompute reads every headline score, so eleven cost eleven times one. Until that last transaction commits the
     * stored scores lag the loads; nothing is served meanwhile. A first start stopped in between leaves models
     * with scores but no capability score, which the next start's {@link #onStart} finds and recomputes (a later
     * start that adds one new bundled source and is stopped before its end could leave changed scores of scored
     * models behind until the next write, which recomputes everything). Writes on other threads (another instance's, an editor's) recompute as usual.
     */
    public void deferredDuring(Runnable work) {
        deferringThread = Thread.currentThread();
        due = false;
        try {
            work.run();
            if (due) {
                QuarkusTransaction.requiringNew().run(() -> {
                    int changed = recompute();
                    if (changed > 0) {
                        dataVersion.changed(); // its own recompute is skipped: this thread still defers
                    }
                    LOG.debugf("Capability scores of %d models written after the bundled loads", changed);
                });
            }
        } finally {
            deferringThread = null;
        }
    }

    /** The key that marks a transaction whose recompute is left to {@link #recomputePending}. */
    private static final Object DEFERRED = CapabilityScores.class.getName() + ".deferred";

    /**
     * Leaves the current transaction's recompute to {@link #recomputePending}, which its caller runs once the writes
     * settle. For large imports: each recompute reads every headline score and rewrites every model whose percentile
     * moved (nearly all of them when thousands of models arrive), so a series of twenty 5,000-model chunks spent most
     * of its time, growing chunk by chunk, recomputing what the next chunk changed again (BENCHMARKS.md, issue 18).
     * Until then the capability column lags the import; the next write of any kind recomputes too.
     */
    public void deferCurrentTransaction() {
        transactions.putResource(DEFERRED, Boolean.TRUE);
    }

    /**
     * The recompute that deferred transactions left, in a transaction of its own, raising the data version when
     * anything changed (pages and GraphQL answers are then rendered again); the number of models changed, 0 when none
     * was owed.
     */
    public int recomputePending() {
        if (!pending) {
            return 0;
        }
        pending = false;
        pendingThread = Thread.currentThread();
        try {
            return QuarkusTransaction.requiringNew().timeout(PENDING_TIMEOUT_SECONDS).call(() -> {
                int changed = recompute();
                if (changed > 0) {
                    dataVersion.changed();
                }
                return changed;
            });
        } catch (RuntimeException e) {
            pending = true; // owed still: the next settle or write tries again
            throw e;
        } finally {
            pendingThread = null;
        }
    }

    /** At 100,000 models one recompute rewrites as many rows: far longer than the default 60 s on a busy machine. */
    private static final int PENDING_TIMEOUT_SECONDS = 600;

    /**
     * A database migrated from before the scores gets them after the start, as does one whose first start stopped
     * between a bundled load and the recompute after all of them, or whose large imports stopped before their
     * deferred recompute. Every other write recomputes before it commits, so otherwise the stored scores are current:
     * a restart checks that with one statement instead of recomputing. Both run on a thread of their own, after the
     * start: the check reads every headline score (a tenth of a restart with the bundled data, 1.6 s at 100,000
     * models), and the catch-up ({@link #recomputePending}, with its long time limit) takes longer at 100,000 models
     * than the 60 s a startup transaction gets (the reaper's interrupt of H2's file read ended the start, issue 18).
     * Until it is done the column may lag, as after a large import.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        Thread catchUp = new Thread(() -> {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> repository.anyUnscored(Capability.BENCHMARKS))) {
                    pending = true;
                    LOG.infof("Capability scores of %d models recomputed after the start", recomputePending());
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not recompute the capability scores after the start; the next write does", e);
            }
        }, "capability-catch-up");
        catchUp.setDaemon(true);
        catchUp.start();
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

package org.llmleaderboard.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.repository.DataVersionRepository;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The version of the data, for caches: every write transaction calls {@link #changed()}, which bumps
 * the row in {@code data_version} in that transaction. This instance adopts the new version when the
 * transaction commits; other instances read it from the database every {@code refresh-interval}. A
 * cache entry made at version v is valid while {@link #current()} is v.
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    private static final Object BUMPED = new Object();

    private final AtomicLong current = new AtomicLong(-1);
    private final DataVersionRepository repository;
    private final TransactionSynchronizationRegistry transactions;
    private final LeaderboardConfig config;
    private final Event<Changed> changes;
    private final Event<DataChanged> announcements;
    private ScheduledExecutorService poller;

    /**
     * Fired once per write transaction, in it: what derives from the data observes it before the commit
     * ({@code @Observes(during = TransactionPhase.BEFORE_COMPLETION)}), so it commits with the write that changed it.
     * {@link DataChanged}, by contrast, is fired after a commit, for whoever shows the data.
     *
     * @param version the version the transaction raises the data to
     */
    public record Changed(long version) {
    }

    DataVersion(DataVersionRepository repository, TransactionSynchronizationRegistry transactions, LeaderboardConfig config,
            Event<Changed> changes, Event<DataChanged> announcements) {
        this.repository = repository;
        this.transactions = transactions;
        this.config = config;
        this.changes = changes;
        this.announcements = announcements;
    }

    /** The version the data had when last seen; -1 before the first read (nothing is valid then). */
    public long current() {
        return current.get();
    }

    /** Marks the current transaction as a write; once per transaction, whatever the number of calls. */
    public void changed() {
        if (transactions.getResource(BUMPED) != null) {
            return;
        }
        long version = repository.bump();
        transactions.putResource(BUMPED, version);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    adopt(version);
                }
            }
        });
        changes.fire(new Changed(version));
    }

    /** Reads the version from the database now. */
    public void refresh() {
        try {
            repository.committed().ifPresent(this::adopt);
        } catch (SQLException e) {
            // The next poll tries again; until then, entries of the last known version stay valid.
            LOG.warnf("Cannot read the data version: %s", e.getMessage());
        }
    }

    /**
     * Takes a newer version and announces it ({@link DataChanged}): the one place every committed write passes, its
     * own (after commit) or another instance's (by the poller). The first read at start-up announces nothing.
     */
    private void adopt(long version) {
        long before = current.getAndAccumulate(version, Math::max);
        if (before >= 0 && version > before) {
            try {
                announcements.fire(new DataChanged(version));
            } catch (RuntimeException e) {
                // A listener's failure must not turn a committed write into an error (this runs after the commit).
                LOG.warnf("A data-changed listener failed: %s", e.getMessage());
            }
        }
    }

    void start(@Observes StartupEvent event) {
        refresh();
        long every = Math.max(50, config.cache().refreshInterval().toMillis());
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "data-version-poller");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}

package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The embedded H2 database's file after a large write. H2 writes a big transaction as many short-lived chunks, and
 * with {@code WRITE_DELAY=0} (every commit on disk before it returns) it has no background thread to compact them: a
 * 100,000-model import left an 8.8 GB file around some 100 MB of data. {@link #compact} rewrites the live chunks
 * together and shrinks the file, as H2 does when it closes. Nothing happens on PostgreSQL (its autovacuum does this),
 * on an in-memory database, or while most of the file is live.
 */
@ApplicationScoped
public class DatabaseFile {

    private static final Logger LOG = Logger.getLogger(DatabaseFile.class);

    /** Compact when less than this share (percent) of the file, or of its chunks, is live data. */
    static final int COMPACT_BELOW_FILL_RATE = 50;
    /** ... and the file is larger than this: a small file is not worth a pause of the writes. */
    static final long COMPACT_ABOVE_BYTES = 64L << 20;

    private final DataSource dataSource;

    DatabaseFile(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Compacts the embedded H2 file for at most {@code maxMillis} when it is mostly garbage; outside any transaction
     * (a write waits meanwhile). Logged with the sizes before and after. Synchronously, on purpose: run in the
     * background it overlapped the next chunk of a series, whose open transaction pins the old pages, so it reclaimed
     * nothing (467 MB before and after) and slowed that chunk down.
     */
    public void compact(int maxMillis, String after) {
        try (Connection c = dataSource.getConnection()) {
            MVStore store = embeddedStore(c);
            if (store == null || store.getFileStore() == null) {
                return;
            }
            FileStore<?> file = store.getFileStore();
            int fill = Math.min(file.getFillRate(), file.getChunksFillRate());
            if (fill >= COMPACT_BELOW_FILL_RATE || file.size() < COMPACT_ABOVE_BYTES) {
                return;
            }
            long before = file.size();
            long start = System.nanoTime();
            int retention = store.getRetentionTime();
            try {
                store.compactFile(maxMillis); // what H2 does on close; it sets the retention time to 0, restored below
            } finally {
                store.setRetentionTime(retention);
            }
            LOG.infof("Compacted the database file after %s: %s to %s (%d%% live before) in %d ms", after, mb(before), mb(file.size()),
                    fill, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            // The data is committed and intact; only the file stays large until the next compaction or restart.
            LOG.warnf(e, "Could not compact the database file after %s", after);
        }
    }

    /** The MVStore of an embedded, file-based H2 database; null for anything else. */
    private static MVStore embeddedStore(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        if (!(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        Database db = session.getDatabase();
        return db.isPersistent() && db.getStore() != null ? db.getStore().getMvStore() : null;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}

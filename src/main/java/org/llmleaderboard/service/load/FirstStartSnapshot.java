package org.llmleaderboard.service.load;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.repository.snapshot.SnapshotFile;
import org.llmleaderboard.repository.snapshot.SnapshotRepository;
import org.llmleaderboard.repository.snapshot.TableSnapshot;
import org.llmleaderboard.service.DataVersion;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * A first start's shortcut: the rows that loading every bundled set leaves, restored from a snapshot of them instead
 * of merged set by set. Merging the eleven sets took 12 of a first start's 18 s, most of it cold code running once;
 * the restore binds 29,000 rows to prepared statements. The snapshot is made from a real first start
 * ({@code scripts/snapshot-first-start.sh}), and {@code FirstStartSnapshotTest} fails once it differs from what the
 * merges produce, so the two paths cannot drift apart. Anything else (another database, a database with data, other
 * sets, the snapshot switched off, or a failed restore) takes the merges.
 */
@ApplicationScoped
public class FirstStartSnapshot {

    static final String RESOURCE = "bundled/first-start.snapshot";
    private static final Logger LOG = Logger.getLogger(FirstStartSnapshot.class);

    private final LeaderboardConfig config;
    private final SnapshotRepository repository;
    private final DataVersion dataVersion;

    FirstStartSnapshot(LeaderboardConfig config, SnapshotRepository repository, DataVersion dataVersion) {
        this.config = config;
        this.repository = repository;
        this.dataVersion = dataVersion;
    }

    /**
     * Restores the snapshot when it holds exactly these sets and the database is a fresh embedded one.
     *
     * @return whether the sets are now in the database
     */
    boolean restore(List<String> sets) {
        if (!config.bundledData().snapshot()) {
            return false;
        }
        long start = System.nanoTime();
        try (InputStream in = FirstStartSnapshot.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.debugf("No %s on the class path; loading the bundled sets one by one", RESOURCE);
                return false;
            }
            TableSnapshot snapshot = SnapshotFile.read(in);
            if (!new HashSet<>(snapshot.sets()).equals(new HashSet<>(sets))) {
                LOG.infof("The first-start snapshot holds %s, not the sets due %s; loading them one by one", snapshot.sets(), sets);
                return false;
            }
            OptionalInt rows = repository.restore(snapshot);
            if (rows.isEmpty()) {
                LOG.debugf("The database is not a fresh embedded one of schema %s; loading the bundled sets one by one",
                        snapshot.schemaVersion());
                return false;
            }
            dataVersion.refresh();
            LOG.infof("Restored the bundled data (%d sets, %,d rows) from its first-start snapshot in %d ms", sets.size(),
                    rows.getAsInt(), (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (IOException | SQLException | RuntimeException e) {
            // Nothing was written (one transaction): the merges still give the same rows, only slower.
            LOG.warnf("Could not restore the first-start snapshot (%s); loading the bundled sets one by one", e.toString());
            return false;
        }
    }
}

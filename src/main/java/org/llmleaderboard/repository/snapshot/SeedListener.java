package org.llmleaderboard.repository.snapshot;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.api.DatabaseEventListener;
import org.jboss.logging.Logger;
import org.llmleaderboard.config.LeaderboardConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * Puts the seed database ({@link SeedDatabase}) in place when H2 is about to create the embedded database, so that a
 * first start opens the bundled data instead of loading it: 12 s of merges, or 2.7 s of restoring their snapshot,
 * become a copy. H2 calls {@link #init} before it opens the file ({@code DATABASE_EVENT_LISTENER} in the JDBC URL of
 * application.properties); a database file that exists is never touched, so nothing written is ever replaced. Only
 * when the start would load every bundled set (the bundled data, its open sources and the snapshot all on): with
 * {@code leaderboard.bundled-data.enabled=false} the database starts empty as before. If the copy fails, H2 creates
 * an empty database and the app loads the sets itself.
 */
@RegisterForReflection
public class SeedListener implements DatabaseEventListener {

    static final String SEED = "bundled/first-start.mv.db.gz";
    private static final Logger LOG = Logger.getLogger(SeedListener.class);

    @Override
    public void init(String url) {
        Path file = databaseFile(url);
        if (file != null && !Files.exists(file) && wanted()) {
            seed(file);
        }
    }

    /** Copies the seed to the file, which does not exist yet. */
    static void seed(Path file) {
        try (InputStream in = SeedListener.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                LOG.debugf("No %s on the class path: the bundled data is loaded at start", SEED);
                return;
            }
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path part = Files.createTempFile(directory, file.getFileName().toString(), ".part");
            try {
                try (InputStream seed = new GZIPInputStream(in, 1 << 16)) {
                    Files.copy(seed, part, StandardCopyOption.REPLACE_EXISTING);
                }
                if (place(part, file)) {
                    LOG.infof("Created %s from the seed of the bundled data (%d KB)", file, Files.size(file) / 1024);
                }
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not create the database from the seed (%s): the bundled data is loaded at start", e.toString());
        }
    }

    /**
     * Gives the copy the database's name only if nothing has it yet, whole or not at all: a start killed mid-copy
     * leaves a {@code .part} file, never half a database, and a second process starting on the same directory (H2
     * locks the file only after this) cannot replace a database the first one has opened. A hard link is created
     * only where no file exists; where links are not supported, a rename after a last look.
     */
    private static boolean place(Path part, Path file) throws IOException {
        try {
            Files.createLink(file, part);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException taken) {
            return false;
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (Files.exists(file)) {
                return false;
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /** The {@code .mv.db} file of a {@code jdbc:h2:file:} URL (or a plain path one); null for other URLs. */
    static Path databaseFile(String url) {
        String name = url.startsWith("jdbc:h2:") ? url.substring("jdbc:h2:".length()) : url;
        int settings = name.indexOf(';');
        name = settings < 0 ? name : name.substring(0, settings);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.contains(":")) {
            return null; // mem:, tcp:, zip: and the like
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Path.of(name + ".mv.db");
    }

    private static boolean wanted() {
        try {
            LeaderboardConfig.BundledData bundled = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                    .getConfigMapping(LeaderboardConfig.class).bundledData();
            return bundled.enabled() && bundled.openSources() && bundled.snapshot();
        } catch (RuntimeException e) {
            // Opened outside the app (H2's own tools, a test without Quarkus): no configuration, no seed.
            return false;
        }
    }
}

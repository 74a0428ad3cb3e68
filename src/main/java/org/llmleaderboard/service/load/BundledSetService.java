package org.llmleaderboard.service.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.repository.DataLoadRepository;
import org.llmleaderboard.service.DataVersion;

/**
 * Writes a bundled data set (read by its importer) into the database once, in one transaction, through the same
 * {@link BatchWriter} as the uploads: models that exist are left alone. An entry that breaks a rule is logged and
 * left out; the rest loads.
 */
@ApplicationScoped
public class BundledSetService {

    private static final Logger LOG = Logger.getLogger(BundledSetService.class);

    private final BatchWriter writer;
    private final DataLoadRepository dataLoads;
    private final DataVersion dataVersion;

    BundledSetService(BatchWriter writer, DataLoadRepository dataLoads, DataVersion dataVersion) {
        this.writer = writer;
        this.dataLoads = dataLoads;
        this.dataVersion = dataVersion;
    }

    /** What a load added. */
    public record LoadSummary(int labs, int models, int scores) {
        @Override
        public String toString() {
            return "%d labs, %d models, %d scores".formatted(labs, models, scores);
        }
    }

    /** Whether a data set of this name was loaded (or claimed); a cheap check before reading a bundle at all. */
    @Transactional
    public boolean loaded(String name) {
        return dataLoads.loaded(name);
    }

    /**
     * Claims the data set's name in {@code data_load} and loads it, in one transaction. The claim is the
     * table's primary key: when another instance loaded (or is loading) the set, the insert fails or
     * waits on its lock, and this instance loads nothing.
     *
     * @return the summary, or null when the set was loaded before
     */
    @Transactional
    public LoadSummary loadOnce(String name, ImportBatch batch) {
        if (dataLoads.loaded(name)) {
            return null;
        }
        dataLoads.claim(name, batch.summary());
        return load(batch);
    }

    /** Adds the labs, models and scores; models whose slug already exists are left alone. */
    @Transactional
    public LoadSummary load(ImportBatch batch) {
        dataVersion.changed();
        ImportTally tally = writer.write(batch, BatchWriter.ExistingModels.KEEP);
        tally.rejected.forEach(r -> LOG.warnf("  not loaded: %s (line %d): %s", r.key(), r.line(), r.reason()));
        return new LoadSummary(tally.labs.created(), tally.models.created(), tally.scores.created());
    }
}

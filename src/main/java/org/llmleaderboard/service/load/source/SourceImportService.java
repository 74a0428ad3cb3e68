package org.llmleaderboard.service.load.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.DataSource;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.repository.DataLoadRepository;
import org.llmleaderboard.service.DataVersion;

/**
 * Merges one open source's records into the database in one transaction (all or nothing): at first start once per
 * bundled snapshot ({@link #loadOnce}), and when an editor refreshes it from a newer checkout ({@link #merge}).
 */
@ApplicationScoped
public class SourceImportService {

    private final DataLoadRepository dataLoads;
    private final DataVersion dataVersion;
    private final SourceMerge pipeline;

    SourceImportService(DataLoadRepository dataLoads, DataVersion dataVersion, SourceMerge pipeline) {
        this.dataLoads = dataLoads;
        this.dataVersion = dataVersion;
        this.pipeline = pipeline;
    }

    /** Whether the source's bundled snapshot was loaded (or claimed): a cheap check before reading its bundle. */
    @Transactional
    public boolean loaded(DataSource source) {
        return dataLoads.loaded(source.dataLoad());
    }

    /** Claims the source's bundled snapshot in {@code data_load} and merges it; null when it was loaded before. */
    @Transactional
    public SourceReport loadOnce(DataSource source, SourceRecords records) {
        if (dataLoads.loaded(source.dataLoad())) {
            return null;
        }
        dataLoads.claim(source.dataLoad(), records.summary());
        return merge(source, records);
    }

    /** The merge, in the caller's transaction (a refresh's, which also logs it). */
    @Transactional
    public SourceReport merge(DataSource source, SourceRecords records) {
        // A write: cached pages expire when it commits.
        dataVersion.changed();
        return pipeline.run(source, records);
    }
}

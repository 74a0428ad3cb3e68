package org.llmleaderboard.service.load.source;

import org.llmleaderboard.domain.DataSource;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.service.load.llmstats.Existing;

/** One merge of a source: its registry entry, what its reader read, and what the database held (the steps add to it). */
public record SourceRun(DataSource source, SourceRecords records, Existing existing) {

    public String origin() {
        return source.id();
    }
}

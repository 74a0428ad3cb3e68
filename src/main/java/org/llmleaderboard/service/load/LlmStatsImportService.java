package org.llmleaderboard.service.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.HeadlineRule;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher;
import org.llmleaderboard.importer.llmstats.LlmStatsOverrides;
import org.llmleaderboard.repository.DataLoadRepository;
import org.llmleaderboard.service.DataVersion;
import org.llmleaderboard.service.load.llmstats.ExistingReader;
import org.llmleaderboard.service.load.llmstats.HeadlineStep;
import org.llmleaderboard.service.load.llmstats.LlmStatsMerge;
import org.llmleaderboard.service.load.llmstats.MergeReport;

import java.util.Set;

/**
 * Merges the llm-stats set into the database, in the caller's transaction (all or nothing): plans with
 * {@link LlmStatsMatcher} (rules + override file), then writes labs, benchmarks with their metadata, models
 * (matched ones get the fields they lack; new ones are created, variants linked to their family), aliases,
 * scores with their provenance, the providers' offerings and the headline of every touched model × benchmark
 * ({@link HeadlineRule}); the steps are in {@link LlmStatsMerge}. A later import of a newer checkout finds its models
 * again by their aliases and updates its scores by their llm-stats ids.
 */
@ApplicationScoped
public class LlmStatsImportService {

    private final DataLoadRepository dataLoads;
    private final DataVersion dataVersion;
    private final ExistingReader existing;
    private final LlmStatsMerge pipeline;
    private final HeadlineStep headlines;

    LlmStatsImportService(DataLoadRepository dataLoads, DataVersion dataVersion, ExistingReader existing, LlmStatsMerge pipeline,
            HeadlineStep headlines) {
        this.dataLoads = dataLoads;
        this.dataVersion = dataVersion;
        this.existing = existing;
        this.pipeline = pipeline;
        this.headlines = headlines;
    }

    /**
     * Claims the set's name in {@code data_load} and merges it, in one transaction (see
     * {@code MarkdownImportService.loadOnce}); null when it was loaded before.
     */
    @Transactional
    public MergeReport loadOnce(String name, LlmStats.Contents contents, LlmStatsOverrides overrides) {
        if (dataLoads.loaded(name)) {
            return null;
        }
        dataLoads.claim(name, contents.summary());
        return merge(contents, overrides);
    }

    /** The merge, in the caller's transaction. */
    @Transactional
    public MergeReport merge(LlmStats.Contents contents, LlmStatsOverrides overrides) {
        // A write: cached pages expire when it commits.
        dataVersion.changed();
        return pipeline.run(contents, overrides, existing.read());
    }

    /** Applies {@link HeadlineRule} to every benchmark of these models: one statement to read, updates batched. */
    public void applyHeadlines(Set<Long> modelIds) {
        headlines.apply(modelIds);
    }
}

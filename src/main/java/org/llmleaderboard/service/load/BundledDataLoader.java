package org.llmleaderboard.service.load;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.service.load.source.SourceFormat;
import org.llmleaderboard.service.load.source.SourceFormats;
import org.llmleaderboard.service.load.source.SourceImportService;
import org.llmleaderboard.service.load.source.SourceReport;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsOverrides;
import org.llmleaderboard.importer.llmstats.LlmStatsReader;
import org.llmleaderboard.importer.markdown.MarkdownLeaderboardReader;
import org.llmleaderboard.service.load.llmstats.MergeReport;
import org.llmleaderboard.service.rank.CapabilityScores;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads the bundled data sets at start-up, each once: only into a database that never had it, so that later
 * edits survive restarts. First the markdown set, then the llm-stats set merged into it, then the DeepSeek facts, then
 * the open sources of {@link SourceFormats}, each through the one merge pipeline.
 */
@ApplicationScoped
public class BundledDataLoader {

    private static final Logger LOG = Logger.getLogger(BundledDataLoader.class);
    public static final String DATA_SET = "aicomputing101-llm-leaderboard@6dc9e88";
    public static final String LLM_STATS_DATA_SET = "llm-stats@24a9ccf";
    static final String DEEPSEEK_FACTS = "deepseek-statistics-facts@1";
    static final String DEEPSEEK_FACTS_RESOURCE = "bundled/deepseek-statistics-facts.csv";
    /** The statistics page names its sources only by site; it has no address of its own here. */
    public static final String DEEPSEEK_CITATION = "DeepSeek statistics page (deepseek-statistics.txt; sources: deepseek.com, huggingface.co, github.com, arxiv.org)";

    private final LeaderboardConfig config;
    private final BundledSetService importer;
    private final LlmStatsImportService llmStats;

    private final FactsImportService facts;
    private final SourceImportService sources;
    private final CapabilityScores capabilityScores;
    private final FirstStartSnapshot firstStart;

    BundledDataLoader(LeaderboardConfig config, BundledSetService importer, LlmStatsImportService llmStats,
            FactsImportService facts, SourceImportService sources, CapabilityScores capabilityScores,
            FirstStartSnapshot firstStart) {
        this.config = config;
        this.importer = importer;
        this.llmStats = llmStats;
        this.facts = facts;
        this.sources = sources;
        this.capabilityScores = capabilityScores;
        this.firstStart = firstStart;
    }

    /** Every bundled set by its {@code data_load} name: what a first start loads. */
    static List<String> allSets() {
        List<String> sets = new java.util.ArrayList<>(List.of(DATA_SET, LLM_STATS_DATA_SET, DEEPSEEK_FACTS));
        SourceFormats.ALL.forEach(format -> sets.add(format.source().dataLoad()));
        return sets;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.bundledData().enabled()) {
            LOG.info("Bundled data disabled (leaderboard.bundled-data.enabled=false)");
            return;
        }
        // On a restart every set is there: check before reading the bundles (parsing them took seconds of startup).
        boolean markdown = !importer.loaded(DATA_SET);
        boolean stats = !importer.loaded(LLM_STATS_DATA_SET);
        boolean deepSeek = !importer.loaded(DEEPSEEK_FACTS);
        List<SourceFormat> due = config.bundledData().openSources()
                ? SourceFormats.ALL.stream().filter(f -> !sources.loaded(f.source())).toList() : List.of();
        if (!markdown && !stats && !deepSeek && due.isEmpty()) {
            return;
        }
        if (markdown && stats && deepSeek && due.size() == SourceFormats.ALL.size() && firstStart.restore(allSets())) {
            return;
        }
        // One capability recompute after all the loads instead of one per load (each reads every headline score).
        capabilityScores.deferredDuring(() -> {
            try (BundleReader reader = new BundleReader(due)) {
                if (markdown) {
                    loadMarkdown();
                }
                if (stats) {
                    loadLlmStats();
                }
                if (deepSeek) {
                    loadDeepSeekFacts();
                }
                for (SourceFormat format : due) {
                    long start = System.nanoTime();
                    loadSource(format, reader.next(), start);
                }
            }
        });
    }

    /**
     * Reads the open sources' bundles on a thread of its own, one ahead of the merges (which run one after the other
     * on the caller's): parsing a bundle (a fifth of a merge's time) overlaps the merge before it, and the first one
     * the loads of the three first sets. At most two parsed bundles are held at once.
     */
    private static final class BundleReader implements AutoCloseable {
        private final List<SourceFormat> formats;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bundle-reader");
            t.setDaemon(true);
            return t;
        });
        private int index;
        private Future<SourceRecords> ahead;

        BundleReader(List<SourceFormat> formats) {
            this.formats = formats;
            ahead = formats.isEmpty() ? null : readAhead(formats.get(0));
        }

        private Future<SourceRecords> readAhead(SourceFormat format) {
            return thread.submit(() -> read(format));
        }

        SourceRecords next() {
            try {
                SourceRecords records = ahead.get();
                index++;
                ahead = index < formats.size() ? readAhead(formats.get(index)) : null;
                return records;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the bundled data", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }

    private static SourceRecords read(SourceFormat format) {
        try (InputStream in = BundledDataLoader.class.getClassLoader().getResourceAsStream(format.bundle())) {
            if (in == null) {
                throw new IllegalStateException("Bundled data not found on the class path: " + format.bundle());
            }
            return format.readZip(in, ZipLimits.DEFAULTS);
        } catch (IOException | org.llmleaderboard.importer.UnreadableImportException e) {
            throw new IllegalStateException("Cannot read bundled data " + format.bundle(), e);
        }
    }

    /** An open source's bundled snapshot, merged once (its own claim in data_load), in one transaction. */
    private void loadSource(SourceFormat format, SourceRecords records, long start) {
        try {
            SourceReport report = sources.loadOnce(format.source(), records);
            if (report != null) {
                LOG.infof("Merged bundled data %s in %d ms: %s (%s)", format.source().dataLoad(), (System.nanoTime() - start) / 1_000_000,
                        report, records.summary());
                report.conflicts().forEach(c -> LOG.debugf("  conflict: %s", c));
            }
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                LOG.infof("Bundled data %s is being loaded by another instance", format.source().dataLoad());
                return;
            }
            throw e;
        }
    }

    /** The DeepSeek models' facts from the statistics page, after both sets (its scores use llm-stats benchmarks). */
    private void loadDeepSeekFacts() {
        String csv;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEEPSEEK_FACTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled data not found on the class path: " + DEEPSEEK_FACTS_RESOURCE);
            }
            csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEEPSEEK_FACTS_RESOURCE, e);
        }
        try {
            FactsImportService.FactsLoad result = facts.loadOnce(DEEPSEEK_FACTS, csv, "deepseek-statistics", null, DEEPSEEK_CITATION);
            if (result != null) {
                LOG.infof("Loaded %s: %s", DEEPSEEK_FACTS, result);
            }
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                LOG.infof("%s is being loaded by another instance", DEEPSEEK_FACTS);
                return;
            }
            throw e;
        }
    }

    /** The llm-stats set, merged into the markdown set once (its own claim in data_load). */
    private void loadLlmStats() {
        String resource = config.bundledData().llmStatsResource();
        LlmStats.Contents contents;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled data not found on the class path: " + resource);
            }
            contents = LlmStatsReader.readZip(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled data " + resource, e);
        }
        try {
            MergeReport report = llmStats.loadOnce(LLM_STATS_DATA_SET, contents, LlmStatsOverrides.bundled());
            if (report == null) {
                LOG.debugf("Bundled data %s was loaded before; not loaded again", LLM_STATS_DATA_SET);
                return;
            }
            LOG.infof("Merged bundled data %s: %s (%s)", LLM_STATS_DATA_SET, report, contents.summary());
            report.undecided().forEach(u -> LOG.infof("  undecided: %s (%s): %s %s", u.id(), u.name(), u.rule(), u.candidates()));
            contents.problems().forEach(p -> LOG.infof("  %s", p));
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                LOG.infof("Bundled data %s is being loaded by another instance", LLM_STATS_DATA_SET);
                return;
            }
            throw e;
        }
    }

    private void loadMarkdown() {
        String resource = config.bundledData().resource();
        ImportBatch batch;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled data not found on the class path: " + resource);
            }
            batch = MarkdownLeaderboardReader.readZip(in).toBatch();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled data " + resource, e);
        }
        try {
            BundledSetService.LoadSummary result = importer.loadOnce(DATA_SET, batch);
            if (result == null) {
                LOG.debugf("Bundled data %s was loaded before; not loaded again", DATA_SET);
                return;
            }
            LOG.infof("Loaded bundled data %s: %s (%s)", DATA_SET, result, batch.summary());
            batch.notes().forEach(note -> LOG.infof("  %s", note));
            batch.rejections().forEach(r -> LOG.infof("  SKIPPED %s: %s", r.key(), r.reason()));
        } catch (RuntimeException e) {
            // Another instance sharing the database claimed the load first (primary key on data_load).
            if (isDuplicateKey(e)) {
                LOG.infof("Bundled data %s is being loaded by another instance", DATA_SET);
                return;
            }
            throw e;
        }
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

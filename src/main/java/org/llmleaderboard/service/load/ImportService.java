package org.llmleaderboard.service.load;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.ImportRejection;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsOverrides;
import org.llmleaderboard.importer.llmstats.LlmStatsReader;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.ZipTooLargeException;
import org.llmleaderboard.importer.csv.CsvModelReader;
import org.llmleaderboard.importer.dataset.DatasetReader;
import org.llmleaderboard.importer.markdown.MarkdownLeaderboardReader;
import org.llmleaderboard.importer.markdown.MarkdownSet;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.security.Roles;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.load.LlmStatsImportService;
import org.llmleaderboard.service.load.llmstats.MergeReport;
import org.llmleaderboard.service.edit.ChangeLog;
import org.llmleaderboard.service.edit.ChangeSubject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploaded imports (markdown set, our CSV, our JSON data set, the llm-stats set), each in one transaction: all or
 * nothing. A reader turns the file into an {@link ImportBatch}, which {@link BatchWriter} writes (models replaced by
 * slug). A dry run, or any rejected row, rolls the transaction back; the report says what would have happened.
 * The change log gets one entry per import, with its counts and its file.
 */
@ApplicationScoped
@RolesAllowed(Roles.EDITOR)
public class ImportService {

    /**
     * From this many models an import leaves the capability recompute to {@link ImportAftermath}, after the series of
     * imports it belongs to (bench/run.sh's chunks have 5,000); smaller imports, and every edit, recompute before
     * they commit.
     */
    static final int DEFER_RANKING_FROM = 5_000;
    static final int IMPORT_TIMEOUT_SECONDS = 1_800;

    private final BatchWriter writer;
    private final BenchmarkRepository benchmarks;
    private final ChangeLog changeLog;
    private final TransactionManager transactions;
    private final LlmStatsImportService llmStats;
    private final ZipLimits zipLimits;
    private final ImportJobs jobs;
    private final ImportAftermath aftermath;

    ImportService(BatchWriter writer, BenchmarkRepository benchmarks, ChangeLog changeLog, TransactionManager transactions,
            LlmStatsImportService llmStats, LeaderboardConfig config, ImportJobs jobs, ImportAftermath aftermath) {
        this.jobs = jobs;
        this.aftermath = aftermath;
        this.writer = writer;
        this.benchmarks = benchmarks;
        this.changeLog = changeLog;
        this.transactions = transactions;
        this.llmStats = llmStats;
        this.zipLimits = new ZipLimits(config.imports().zipMaxEntries(), config.imports().zipMaxUncompressedBytes().asLongValue());
    }

    /**
     * Imports a file; registered in {@link ImportJobs} with its progress while it runs (its id in the report's
     * {@code job}), and how it ended.
     */
    @Transactional(rollbackOn = Exception.class)
    // Longer than the default 60 s: 100,000 models in one file take about a minute on a quiet machine, several on a
    // busy one; an editor's upload is bounded by the request size, and a timed-out import would write nothing.
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS)
    public ImportReport importFile(ImportFormat format, String file, byte[] body, boolean dryRun) throws InvalidArgumentException {
        ImportJob job = jobs.start(format.param(), file);
        try {
            ImportReport report = format == ImportFormat.LLM_STATS ? importLlmStats(file, body, dryRun) : importRows(format, file, body,
                    dryRun, job);
            job.summary(summary(report));
            job.phase(ImportProgress.Phase.COMMITTING);
            return report.withJob(job.id);
        } catch (InvalidArgumentException | RuntimeException e) {
            job.failed(e.getMessage());
            throw e;
        }
    }

    /** "models 2 created, 0 updated, 0 unchanged; scores …; labs …", then the rejections or the dry run. */
    private static String summary(ImportReport r) {
        String counts = "models " + counts(r.models()) + "; scores " + counts(r.scores()) + "; labs " + counts(r.labs());
        return counts + (r.rejected().isEmpty() ? "" : "; " + r.rejected().size() + " rejected, nothing written")
                + (r.dryRun() ? "; dry run, nothing written" : "");
    }

    private static String counts(ImportReport.Counts c) {
        return c.created() + " created, " + c.updated() + " updated, " + c.unchanged() + " unchanged";
    }

    private ImportReport importRows(ImportFormat format, String file, byte[] body, boolean dryRun, ImportJob job)
            throws InvalidArgumentException {
        ImportBatch batch = read(format, body);
        job.total(batch.models().size());
        if (batch.models().size() >= DEFER_RANKING_FROM) {
            aftermath.deferRanking();
        }
        ImportTally tally = writer.write(batch, BatchWriter.ExistingModels.REPLACE, job);
        boolean write = !dryRun && tally.rejected.isEmpty();
        ImportReport report = tally.report(format, file, dryRun, write, batch.notes());
        if (write) {
            changeLog.append(new ChangeSubject("import", file == null ? format.label() : file, null), "counts", null,
                    "models " + report.models() + ", scores " + report.scores() + ", labs " + report.labs(),
                    format.label() + " import" + (file == null ? "" : " of " + file));
        } else {
            rollback();
        }
        return report;
    }

    /**
     * After a written import has committed (outside its transaction): the deferred capability recompute and the
     * compaction of an embedded H2 file that the imports left mostly garbage run once the imports settle.
     */
    public void afterWrite(ImportReport report) {
        if (report.written()) {
            aftermath.afterImport();
        }
    }

    private ImportBatch read(ImportFormat format, byte[] body) throws InvalidArgumentException {
        try {
            return switch (format) {
                case MARKDOWN -> markdown(body);
                case CSV -> CsvModelReader.read(body, benchmarks.slugs());
                case JSON -> DatasetReader.read(body);
                case LLM_STATS -> throw new IllegalStateException("llm-stats imports are merged, not read as rows");
            };
        } catch (UnreadableImportException e) {
            throw new InvalidArgumentException("body", e.getMessage());
        }
    }

    private ImportBatch markdown(byte[] body) throws InvalidArgumentException {
        MarkdownSet set;
        try {
            set = MarkdownLeaderboardReader.readZip(body, zipLimits);
        } catch (ZipTooLargeException e) {
            throw new ImportTooLargeException(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidArgumentException("body", "The body is not a readable zip of the markdown set: " + e.getMessage());
        }
        if (set.models().isEmpty() && set.labs().isEmpty()) {
            throw new InvalidArgumentException("body", "The zip holds no model pages (models/<lab>/<model>.md) nor lab pages (labs/<lab>.md).");
        }
        return set.toBatch();
    }

    /**
     * A zip of the llm-stats set (the bundled one, or GitHub's zip of a newer checkout), merged with the project's
     * override file. Any file the reader cannot use rejects the import (nothing written); undecided models are not
     * imported and listed in the report for the override file.
     */
    private ImportReport importLlmStats(String file, byte[] body, boolean dryRun) throws InvalidArgumentException {
        LlmStats.Contents contents;
        try {
            contents = LlmStatsReader.readZip(body, zipLimits);
        } catch (ZipTooLargeException e) {
            throw new ImportTooLargeException(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidArgumentException("body", "The body is not a readable zip of the llm-stats set: " + e.getMessage());
        }
        if (contents.models().isEmpty() && contents.benchmarks().isEmpty()) {
            throw new InvalidArgumentException("body",
                    "The zip holds no llm-stats models (data/organizations/<org>/models/<model>/model.json) nor benchmarks (data/benchmarks/*.json).");
        }
        List<ImportRejection> rejected = new ArrayList<>();
        contents.problems().forEach(p -> rejected.add(new ImportRejection(1, p.file(), p.reason())));
        MergeReport merge;
        try {
            merge = llmStats.merge(contents, LlmStatsOverrides.bundled());
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("overrides", e.getMessage());
        }
        boolean write = !dryRun && rejected.isEmpty();
        List<String> notes = new ArrayList<>(merge.notes());
        merge.undecided().forEach(u -> notes.add("undecided " + u.id() + ": " + u.rule() + " " + u.candidates()));
        ImportReport report = new ImportReport(ImportFormat.LLM_STATS.param(), file, dryRun, write,
                new ImportReport.Counts(merge.createdCount(), merge.matchedCount(), 0),
                new ImportReport.Counts(merge.scoresCreated(), merge.scoresUpdated(), merge.scoresUnchanged()),
                new ImportReport.Counts(merge.labsCreated(), merge.labsMatched(), 0),
                new ImportReport.Counts(merge.benchmarksCreated(), merge.benchmarksMatched(), 0), rejected, notes, merge);
        if (write) {
            changeLog.append(new ChangeSubject("import", file == null ? ImportFormat.LLM_STATS.param() : file, null), "counts", null,
                    merge.toString(), "llm-stats import" + (file == null ? "" : " of " + file));
        } else {
            rollback();
        }
        return report;
    }

    private void rollback() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("Cannot roll back the import", e);
        }
    }
}

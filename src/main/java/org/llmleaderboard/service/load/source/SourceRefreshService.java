package org.llmleaderboard.service.load.source;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.load.source.RefreshStatus.Phase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Re-imports one open source from a newer checkout (a directory under {@code leaderboard.refresh.roots}) or a zip at a
 * URL, on one background worker: one refresh at a time, its progress readable while it runs, all or nothing (the
 * merge is one transaction), and logged in the change log as an import of the source's format. A scheduled refresh
 * of configured URLs can be turned on ({@code leaderboard.refresh.schedule}); it is off by default.
 */
@ApplicationScoped
public class SourceRefreshService {

    private static final Logger LOG = Logger.getLogger(SourceRefreshService.class);
    /** The finished jobs kept for their reports; older ones are forgotten. */
    private static final int KEPT = org.llmleaderboard.repository.RelationSizes.REFRESH_JOBS;

    private final LeaderboardConfig config;
    private final SourceImportService imports;
    private final RefreshLog log;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "source-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, RefreshJob> jobs = new LinkedHashMap<>();
    private RefreshJob running;

    SourceRefreshService(LeaderboardConfig config, SourceImportService imports, RefreshLog log) {
        this.config = config;
        this.imports = imports;
        this.log = log;
    }

    void onStart(@Observes StartupEvent event) {
        LeaderboardConfig.Refresh.Schedule schedule = config.refresh().schedule();
        if (schedule.enabled() && !schedule.urls().isEmpty()) {
            long every = schedule.every().toSeconds();
            worker.scheduleAtFixedRate(this::scheduled, every, every, TimeUnit.SECONDS);
            LOG.infof("Scheduled refresh of %s every %s", schedule.urls().keySet(), schedule.every());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** Starts a refresh of the source from exactly one of {@code url} and {@code directory}; its first status. */
    public synchronized RefreshStatus start(String sourceId, String url, String directory, String actor) throws InvalidArgumentException {
        SourceFormat format = SourceFormats.byId(sourceId == null ? "" : sourceId.strip())
                .orElseThrow(() -> new InvalidArgumentException("source", "no source can be refreshed by the id " + sourceId + "; the ids are "
                        + SourceFormats.ALL.stream().map(f -> f.source().id()).toList()));
        boolean hasUrl = url != null && !url.isBlank();
        boolean hasDirectory = directory != null && !directory.isBlank();
        if (hasUrl == hasDirectory) {
            throw new InvalidArgumentException(hasUrl ? "directory" : "url", "give either a url or a directory, not both and not neither");
        }
        Runnable read;
        RefreshJob job;
        if (hasUrl) {
            URI uri = SourceDownload.check(url);
            job = new RefreshJob(UUID.randomUUID().toString(), format, uri.toString(), actor);
            read = () -> run(job, () -> download(job, uri));
        } else {
            Path dir = allowedDirectory(directory);
            job = new RefreshJob(UUID.randomUUID().toString(), format, dir.toString(), actor);
            read = () -> run(job, () -> {
                job.phase(Phase.READING, "reading " + dir);
                return format.readDirectory(dir);
            });
        }
        if (running != null && !running.status().finished()) {
            throw new InvalidArgumentException("source", "a refresh of " + running.format.source().id() + " is running (job " + running.id
                    + "); one runs at a time");
        }
        running = job;
        keep(job);
        worker.execute(read);
        return job.status();
    }

    public synchronized Optional<RefreshStatus> status(String id) {
        return Optional.ofNullable(jobs.get(id)).map(RefreshJob::status);
    }

    /** The recent jobs, newest first. */
    public synchronized List<RefreshStatus> recent() {
        List<RefreshStatus> out = new ArrayList<>(jobs.values().stream().map(RefreshJob::status).toList());
        java.util.Collections.reverse(out);
        return out;
    }

    private void keep(RefreshJob job) {
        jobs.put(job.id, job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
    }

    private Path allowedDirectory(String directory) throws InvalidArgumentException {
        Path dir = Path.of(directory.strip()).toAbsolutePath().normalize();
        for (String root : config.refresh().roots()) {
            if (dir.startsWith(Path.of(root).toAbsolutePath().normalize()) && Files.isDirectory(dir)) {
                return dir;
            }
        }
        throw new InvalidArgumentException("directory", "not a directory under leaderboard.refresh.roots " + config.refresh().roots()
                + ": " + directory);
    }

    private SourceRecords download(RefreshJob job, URI uri) throws IOException, InterruptedException, UnreadableImportException {
        job.phase(Phase.DOWNLOADING, "downloading " + uri);
        byte[] zip = SourceDownload.fetch(uri, config.refresh().maxDownloadBytes().asLongValue(), config.refresh().downloadTimeout());
        job.phase(Phase.READING, "reading " + zip.length + " bytes");
        ZipLimits limits = new ZipLimits(config.imports().zipMaxEntries(), config.imports().zipMaxUncompressedBytes().asLongValue());
        return job.format.readZip(new ByteArrayInputStream(zip), limits);
    }

    /** What reads the records: a download or a directory. */
    private interface Reading {
        SourceRecords read() throws IOException, InterruptedException, UnreadableImportException;
    }

    private void run(RefreshJob job, Reading reading) {
        try {
            SourceRecords records = reading.read();
            if (records.models().isEmpty()) {
                throw new IOException("no " + job.format.source().name() + " records found there: is it that source's layout?");
            }
            job.read(records.summary());
            job.phase(Phase.MERGING, "merging " + records.summary() + " in one transaction");
            SourceReport report = log.merged(job, imports, records);
            job.done(report);
            LOG.infof("Refreshed %s from %s: %s", job.format.source().id(), job.location, report);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.failed("interrupted");
        } catch (IOException | UnreadableImportException | RuntimeException e) {
            LOG.warnf("Refresh of %s from %s failed: %s", job.format.source().id(), job.location, e.toString());
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The scheduled run: each configured source in turn, as the system. */
    private void scheduled() {
        config.refresh().schedule().urls().forEach((id, url) -> SourceFormats.byId(id).ifPresent(format -> {
            try {
                URI uri = SourceDownload.check(url);
                RefreshJob job = new RefreshJob(UUID.randomUUID().toString(), format, url, "schedule");
                synchronized (this) {
                    keep(job);
                }
                run(job, () -> download(job, uri));
            } catch (InvalidArgumentException e) {
                LOG.warnf("Scheduled refresh of %s: %s", id, e.getMessage());
            }
        }));
    }
}

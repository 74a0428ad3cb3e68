package org.llmleaderboard.service.load.source;

import org.llmleaderboard.service.load.source.RefreshStatus.Phase;

import java.time.LocalDateTime;

/** One refresh while it runs: written by the worker, read by any request (hence volatile), seen as {@link RefreshStatus}. */
final class RefreshJob {

    final String id;
    final SourceFormat format;
    final String location;
    final String actor;
    final LocalDateTime startedAt = LocalDateTime.now();
    private volatile Phase phase = Phase.QUEUED;
    private volatile String progress = "waiting for the worker";
    private volatile String read;
    private volatile SourceReport report;
    private volatile String error;
    private volatile LocalDateTime finishedAt;

    RefreshJob(String id, SourceFormat format, String location, String actor) {
        this.id = id;
        this.format = format;
        this.location = location;
        this.actor = actor;
    }

    void phase(Phase phase, String progress) {
        this.phase = phase;
        this.progress = progress;
    }

    void read(String summary) {
        this.read = summary;
    }

    void done(SourceReport report) {
        this.report = report;
        finish(Phase.DONE, "done: " + report);
    }

    void failed(String error) {
        this.error = error;
        finish(Phase.FAILED, "failed; nothing was written");
    }

    private void finish(Phase phase, String progress) {
        this.finishedAt = LocalDateTime.now();
        phase(phase, progress);
    }

    RefreshStatus status() {
        return new RefreshStatus(id, format.source().id(), location, phase, progress, startedAt, finishedAt, read, report, error);
    }
}

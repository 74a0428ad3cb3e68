package org.llmleaderboard.service.load;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import org.jboss.logging.Logger;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One running or recent import, updated by the import's thread and read by any other (the fields are volatile). It
 * learns how the transaction ended as a {@link Synchronization}: a write counts as DONE only once committed. Logs a
 * progress line at most every {@value #LOG_EVERY_MS} ms, and one at the end with the rate.
 */
final class ImportJob implements ImportProgress, Synchronization {

    private static final Logger LOG = Logger.getLogger(ImportJob.class);
    private static final long LOG_EVERY_MS = 5_000;

    final String id;
    final String format;
    final String file;
    final LocalDateTime startedAt = LocalDateTime.now();
    private final long startNanos = System.nanoTime();
    private volatile long lastLogNanos = startNanos;
    private volatile Phase phase = Phase.READING;
    private volatile Integer total;
    private volatile int done;
    private volatile int rejected;
    private volatile String summary;
    private volatile String error;
    private volatile LocalDateTime finishedAt;
    private volatile long finishedNanos;
    /** Where the time went: each phase and its seconds, for the log line at the end ("models 2.1 s, identity 0.4 s"). */
    private final StringBuilder phases = new StringBuilder();
    private long phaseStartNanos = startNanos;
    /**
     * The import thread's CPU time at the phase's start: on a busy machine the wall-clock time says little, the CPU time
     * of the thread that does the work (embedded H2 included) says what the import costs.
     */
    private long phaseStartCpu = cpuNanos();

    /** Told of each phase the import enters, on the import's thread. */
    private final java.util.function.Consumer<ImportJob> onPhase;

    ImportJob(String id, String format, String file, java.util.function.Consumer<ImportJob> onPhase) {
        this.id = id;
        this.onPhase = onPhase;
        this.format = format;
        this.file = file;
    }

    /** The models the file holds, once read. */
    void total(int models) {
        this.total = models;
    }

    @Override
    public void phase(Phase phase) {
        endPhase();
        this.phase = phase;
        onPhase.accept(this);
    }

    @Override
    public void models(int done, int rejected) {
        this.done = done;
        this.rejected = rejected;
        long now = System.nanoTime();
        if (now - lastLogNanos >= LOG_EVERY_MS * 1_000_000) {
            lastLogNanos = now;
            LOG.infof("Import %s (%s): %s", id, name(), progress());
        }
    }

    /** What the import did, from its report, before the transaction ends. */
    void summary(String summary) {
        this.summary = summary;
    }

    /** Why it failed; the transaction rolls back. */
    void failed(String error) {
        this.error = error;
    }

    @Override
    public void beforeCompletion() {
        // The import entered COMMITTING itself (ImportService); the capability scores and the commit follow.
    }

    @Override
    public void afterCompletion(int status) {
        endPhase();
        finishedNanos = System.nanoTime();
        finishedAt = LocalDateTime.now();
        phase = status == Status.STATUS_COMMITTED ? Phase.DONE : error != null ? Phase.FAILED : Phase.ROLLED_BACK;
        LOG.infof("Import %s (%s) %s: %s (%s)%s", id, name(), phase, progress(), phases, summary == null ? "" : "; " + summary);
    }

    Phase phase() {
        return phase;
    }

    private void endPhase() {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        synchronized (phases) {
            phases.append(phases.isEmpty() ? "" : ", ").append(phase.name().toLowerCase(Locale.ROOT))
                    .append(String.format(Locale.ROOT, " %.1f s (cpu %.1f s)", (now - phaseStartNanos) / 1e9, (cpu - phaseStartCpu) / 1e9));
        }
        phaseStartNanos = now;
        phaseStartCpu = cpu;
    }

    /** The CPU time of the calling thread (the import's: every phase and the commit run on it). */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** Whether it ended after {@code nanos} (of {@link System#nanoTime()}). */
    boolean endedAfter(long nanos) {
        return finishedAt != null && finishedNanos - nanos > 0;
    }

    ImportStatus status() {
        return new ImportStatus(id, format, file, phase.name(), progress(), total, done, rejected, finishedAt == null, startedAt,
                finishedAt, summary, error);
    }

    /** "35,000 of 100,000 models, 2,400/s" (the rate over the time so far, or the whole import once finished). */
    String progress() {
        long end = finishedAt == null ? System.nanoTime() : finishedNanos;
        double seconds = Math.max(1e-3, (end - startNanos) / 1e9);
        String of = total == null ? "" : String.format(Locale.ROOT, " of %,d", total);
        String text = String.format(Locale.ROOT, "%,d%s models, %,d/s, %.1f s", done, of, Math.round(done / seconds), seconds);
        return rejected == 0 ? text : text + String.format(Locale.ROOT, ", %,d rejected", rejected);
    }

    private String name() {
        return file == null ? format : format + " " + file;
    }
}

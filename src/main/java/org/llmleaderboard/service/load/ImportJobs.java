package org.llmleaderboard.service.load;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.llmleaderboard.repository.RelationSizes;
import org.llmleaderboard.security.Roles;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The running and recent uploads' imports, in memory (like the refresh jobs): their progress for GraphQL's
 * {@code importJobs} and the page {@code /admin/imports}. Keeps the last {@value #KEEP}; a restart forgets them.
 */
@ApplicationScoped
public class ImportJobs {

    /** The GraphQL cost of {@code importJobs} counts on this bound. */
    static final int KEEP = RelationSizes.IMPORT_JOBS;

    /**
     * Fired on the import's thread as an import enters a phase (a few times per import): a synchronous observer sees the
     * import in that phase, registered and running (the tests hold one there).
     */
    public record PhaseEntered(String id, String file, String phase) {
    }

    private final TransactionSynchronizationRegistry transactions;
    private final Event<PhaseEntered> phases;
    private final AtomicLong ids = new AtomicLong();
    private final Deque<ImportJob> recent = new ArrayDeque<>();

    ImportJobs(TransactionSynchronizationRegistry transactions, Event<PhaseEntered> phases) {
        this.transactions = transactions;
        this.phases = phases;
    }

    /** A new job, newest first, told how the caller's transaction ends. */
    ImportJob start(String format, String file) {
        ImportJob job = new ImportJob("import-" + ids.incrementAndGet(), format, file,
                j -> phases.fire(new PhaseEntered(j.id, j.file, j.phase().name())));
        transactions.registerInterposedSynchronization(job);
        synchronized (recent) {
            recent.addFirst(job);
            while (recent.size() > KEEP) {
                recent.removeLast();
            }
        }
        return job;
    }

    /**
     * Whether an import runs, or ended less than {@code millis} ago: {@link ImportAftermath} waits for that. The end is the
     * job's own (its transaction's completion), which comes before its caller can tell the aftermath: measured from the
     * caller's call, a check in between saw a series' chunk done, the next not begun, and a quiet second long gone (a
     * capability recompute then ran beside the next chunk).
     */
    boolean busyWithin(long millis) {
        long since = System.nanoTime() - millis * 1_000_000;
        synchronized (recent) {
            return recent.stream().anyMatch(j -> j.status().running() || j.endedAfter(since));
        }
    }

    /** The recent imports, newest first. */
    @RolesAllowed(Roles.EDITOR)
    public List<ImportStatus> recent() {
        synchronized (recent) {
            return recent.stream().map(ImportJob::status).toList();
        }
    }

    @RolesAllowed(Roles.EDITOR)
    public Optional<ImportStatus> status(String id) {
        synchronized (recent) {
            return recent.stream().filter(j -> j.id.equals(id)).findFirst().map(ImportJob::status);
        }
    }
}

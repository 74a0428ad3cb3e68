package org.llmleaderboard.service.load;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    static final int KEEP = 20;

    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong ids = new AtomicLong();
    private final Deque<ImportJob> recent = new ArrayDeque<>();

    ImportJobs(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** A new job, newest first, told how the caller's transaction ends. */
    ImportJob start(String format, String file) {
        ImportJob job = new ImportJob("import-" + ids.incrementAndGet(), format, file);
        transactions.registerInterposedSynchronization(job);
        synchronized (recent) {
            recent.addFirst(job);
            while (recent.size() > KEEP) {
                recent.removeLast();
            }
        }
        return job;
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

package org.llmleaderboard.service.read;

import org.llmleaderboard.service.DataVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.llmleaderboard.repository.RelationSizeRepository;
import org.llmleaderboard.repository.RelationSizes;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The current {@link RelationSizes}, for costing GraphQL queries on the event loop, where nothing may block:
 * {@link #current()} answers from memory and, when the data version has moved on, has the sizes counted
 * again on a worker. Until then the previous sizes apply (for at most the time of one count).
 */
@ApplicationScoped
public class RelationSizeService {

    private static final Logger LOG = Logger.getLogger(RelationSizeService.class);

    private final RelationSizeRepository repository;
    private final DataVersion version;
    private final ManagedExecutor executor;
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile RelationSizes sizes = RelationSizes.EMPTY;
    private volatile long countedAt = Long.MIN_VALUE;

    RelationSizeService(RelationSizeRepository repository, DataVersion version, ManagedExecutor executor) {
        this.repository = repository;
        this.version = version;
        this.executor = executor;
    }

    /** The largest size of the GraphQL list field {@code type.field} (what {@code QueryCost} multiplies by). */
    public int largest(String type, String field) {
        return current().of(type, field);
    }

    public RelationSizes current() {
        if (countedAt != version.current() && counting.compareAndSet(false, true)) {
            executor.execute(this::count);
        }
        return sizes;
    }

    // After the bundled data is loaded (BundledDataLoader observes StartupEvent at the default priority).
    void start(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.LIBRARY_AFTER + 900) StartupEvent event) {
        counting.set(true);
        count();
    }

    private void count() {
        try {
            long at = version.current();
            sizes = QuarkusTransaction.requiringNew().call(repository::current);
            countedAt = at;
        } catch (RuntimeException e) {
            LOG.warnf("Cannot count the relation sizes, keeping the previous ones: %s", e.getMessage());
        } finally {
            counting.set(false);
        }
    }
}

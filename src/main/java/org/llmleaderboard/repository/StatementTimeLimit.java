package org.llmleaderboard.repository;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.llmleaderboard.config.LeaderboardConfig;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * Every statement stops after the page time limit ({@code leaderboard.limits.page-timeout}): a page answered with
 * its 503 must not leave a statement running behind it. The limit is set once, when the pool opens a connection,
 * as the database session's own setting.
 * <p>
 * Why not Hibernate's {@code jakarta.persistence.query.timeout}, which this replaces: Hibernate then sets the limit
 * on every statement, and H2 turns each {@code setQueryTimeout} into {@code SET QUERY_TIMEOUT}, a settings change
 * that makes every session parse and plan its statements again and empties their caches of parsed statements.
 * Reading a page parsed and planned each statement twice; with the limit set once, REST at 1,000 models went from
 * about 300 to 600 requests/s (BENCHMARKS.md, "Issue 18: fourth pass"). {@code StatementTimeLimitTest} asserts that
 * a read changes no setting. So nothing may call {@code setQueryTimeout} on an H2 statement: Hibernate's reset when it
 * closes one would take the limit off that connection. A longer limit goes through {@link #lifted}. On PostgreSQL the
 * limit is the server's {@code statement_timeout}. On both, each statement of Flyway's migrations and of the imports'
 * batches runs under it too (the longest of those measured, at 100,000 models, took under 1 s).
 */
@ApplicationScoped
public class StatementTimeLimit implements AgroalPoolInterceptor {

    private final boolean h2;
    private final long millis;

    StatementTimeLimit(@ConfigProperty(name = "quarkus.datasource.db-kind") String kind, LeaderboardConfig config) {
        this.h2 = "h2".equals(kind);
        this.millis = config.limits().pageTimeout().toMillis();
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (h2) {
                // H2 answers a statement's getQueryTimeout from a value its JDBC connection remembers from the last
                // setQueryTimeout, and Hibernate sets every statement it closes with a non-zero one back to 0: a
                // settings change, and the page limit gone. Remembering 0 while the session keeps the limit avoids both.
                try (Statement s = connection.createStatement()) {
                    s.setQueryTimeout(0);
                }
            }
            set(connection, millis);
            if (!autoCommit) {
                connection.commit(); // a PostgreSQL setting made in a transaction lasts only if that commits
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the statement time limit on a new database connection", e);
        }
    }

    /** The limit every statement gets, in milliseconds. */
    public long millis() {
        return millis;
    }

    /**
     * Runs {@code work} on the current transaction's connection with a longer limit, then sets the page limit again.
     * For work that reads every model at once (the capability recompute): far past 5 s at 100,000 models.
     */
    public <T> T lifted(EntityManager em, long longerMillis, Supplier<T> work) {
        Session session = em.unwrap(Session.class);
        session.doWork(c -> set(c, longerMillis));
        boolean done = false;
        try {
            T result = work.get();
            done = true;
            return result;
        } finally {
            restore(session, done);
        }
    }

    private void restore(Session session, boolean done) {
        try {
            session.doWork(c -> set(c, millis));
        } catch (RuntimeException e) {
            // After a failed statement PostgreSQL refuses every statement until the rollback, which also undoes the
            // longer limit; only a failure after the work succeeded is news.
            if (done) {
                throw e;
            }
        }
    }

    private void set(Connection connection, long limitMillis) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(h2 ? "SET QUERY_TIMEOUT " + limitMillis : "SET statement_timeout = " + limitMillis);
        }
    }
}

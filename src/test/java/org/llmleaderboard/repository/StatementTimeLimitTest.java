package org.llmleaderboard.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.hibernate.QueryTimeoutException;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The statement time limit: every connection the pool hands out carries the page time limit as its own setting; a
 * statement past it is stopped; a longer limit for the capability recompute is set back afterwards; and reading a
 * page changes no setting of the database, which on H2 made every session parse and plan its statements again.
 */
@QuarkusTest
class StatementTimeLimitTest {

    private static final String GRAPHQL_PAGE = """
            {"query":"{ models(first: 100) { totalCount items { slug name lab { slug } mmlu: score(benchmark: \\"mmlu\\") } } }"}""";

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    StatementTimeLimit timeLimit;

    @Test
    void shouldGiveEveryPooledConnectionThePageTimeLimit() throws SQLException {
        List<Connection> open = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Connection c = dataSource.getConnection();
                open.add(c);
                assertEquals(5000, limitOf(c), "connection " + i + " " + c);
            }
        } finally {
            for (Connection c : open) {
                c.close();
            }
        }
    }

    @Test
    void shouldStopAStatementPastTheLimitAndSetThePageLimitBackAfterALongerOne() {
        RuntimeException stopped = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> timeLimit.lifted(em, 200, () -> em.createNativeQuery(isH2()
                        ? "select sum(x) from system_range(1, 50000000000)" : "select pg_sleep(30)").getResultList())));
        assertTrue(timedOut(stopped), () -> "not a query timeout: " + stopped);

        long after = QuarkusTransaction.requiringNew().call(() -> {
            timeLimit.lifted(em, 600_000, () -> em.createNativeQuery("select 1").getResultList());
            return em.unwrap(org.hibernate.Session.class).doReturningWork(StatementTimeLimitTest::limitOf);
        });
        assertEquals(timeLimit.millis(), after);
    }

    @Test
    void shouldReadPagesWithoutChangingAnySettingOfTheDatabase() throws SQLException {
        assumeTrue(isH2(), "H2 re-plans every statement after a settings change; PostgreSQL does not");
        given().get("/api/models?first=100").then().statusCode(200);
        long before = settingsVersion();
        given().get("/api/models?first=100&sort=name").then().statusCode(200);
        given().contentType("application/json").body(GRAPHQL_PAGE).post("/graphql").then().statusCode(200);
        given().get("/labs").then().statusCode(200);
        assertEquals(before, settingsVersion(), "H2's settings version moved: a read set something (a query timeout?)");
    }

    private long settingsVersion() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getModificationMetaId();
        }
    }

    private boolean isH2() {
        return !"postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
    }

    private static long limitOf(Connection c) throws SQLException {
        boolean h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(h2
                ? "select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'"
                : "select setting from pg_settings where name = 'statement_timeout'")) {
            r.next();
            return Long.parseLong(r.getString(1));
        }
    }

    /** What {@code ErrorMappers.queryTimedOut} answers with a 503. */
    private static boolean timedOut(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof QueryTimeoutException || c instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
        }
        return false;
    }
}

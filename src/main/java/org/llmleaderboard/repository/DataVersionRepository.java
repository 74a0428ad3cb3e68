package org.llmleaderboard.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/** The {@code data_version} row: one number that every committed write raises (see {@code service.DataVersion}). */
@ApplicationScoped
public class DataVersionRepository {

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    DataVersionRepository(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** Raises the version in the caller's transaction and returns the new value. */
    public long bump() {
        em.createNativeQuery("update data_version set version = version + 1 where id = 1").executeUpdate();
        return ((Number) em.createNativeQuery("select version from data_version where id = 1").getSingleResult()).longValue();
    }

    /**
     * The committed version, read on a connection of its own: the poller runs outside any transaction and
     * request, where no persistence context exists.
     */
    public OptionalLong committed() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version from data_version where id = 1")) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
    }
}

package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The persistence context of a bulk import (when it flushes, and letting go of what it wrote), and the batch inserts of
 * its new models, their tags and their scores ({@link #insert}): three statements per batch instead of a look-up and a
 * flush per row (Hibernate's per-row path managed 200–300 rows/s). Ids come from the entities' own generators (blocks
 * of 50 from the sequences), so they never collide with rows Hibernate writes. The rows are exactly what persisting the
 * entities writes: the caller fills them as the writers do ({@code service.edit.NewModel}) and
 * {@link LanguageModel#updateKeys()} has run. Statements go through Hibernate's statement preparer, so they are logged
 * and counted like its own.
 */
@ApplicationScoped
public class BulkWrites {

    private static final String MODEL = "insert into language_model (id, slug, name, lab_id, headline_tags, released, release_date,"
            + " release_precision, access, architecture, parameters, active_parameters, training_tokens, dataset_type, notes,"
            + " playground_url, paper_url, last_updated, alscore_key, ratio_key, search_text, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TAG = "insert into model_tag (model_id, position, tag) values (?, ?, ?)";
    private static final String SCORE = "insert into score (id, model_id, benchmark_id, score_value, setting, shots, cot, pass_at_k,"
            + " harness, subset, setting_key, self_reported, source_url, source_citation, score_date, headline)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final Access.Converter ACCESS = new Access.Converter();
    private static final Architecture.Converter ARCHITECTURE = new Architecture.Converter();

    private final EntityManager em;

    BulkWrites(EntityManager em) {
        this.em = em;
    }

    /**
     * Flush at commit (and where a writer flushes) only: an import's writes flush after each row, so the look-ups
     * between need no automatic flush of everything pending (most of an import's time at 100,000 models).
     */
    public void flushOnlyAtCommit() {
        em.unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
    }

    /**
     * Written rows stay in the transaction; detaching them keeps each look-up and flush from re-checking every
     * entity imported so far (quadratic at 100,000 models).
     */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    /**
     * Inserts the models (ids assigned here), their tags, then the scores (of these models, ids assigned here). What the
     * persistence context holds is flushed first: the rows reference labs and benchmarks it may have just written.
     */
    public void insert(List<LanguageModel> models, List<Score> scores) {
        if (models.isEmpty()) {
            return;
        }
        em.flush();
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        try {
            insertModels(session, models);
            insertTags(session, models);
            insertScores(session, scores);
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "bulk insert of " + models.size() + " models");
        }
    }

    private static void insertModels(SharedSessionContractImplementor session, List<LanguageModel> models) throws SQLException {
        BeforeExecutionGenerator ids = generator(session, LanguageModel.class);
        batch(session, MODEL, models, (ps, m) -> {
            m.id = (Long) ids.generate(session, m, null, EventType.INSERT);
            ps.setLong(1, m.id);
            ps.setString(2, m.slug);
            ps.setString(3, m.name);
            ps.setLong(4, m.lab.id);
            ps.setString(5, m.headlineTags);
            ps.setString(6, m.released);
            ps.setObject(7, m.releaseDate, Types.DATE);
            ps.setString(8, m.releasePrecision.name());
            ps.setString(9, ACCESS.convertToDatabaseColumn(m.access));
            ps.setString(10, m.architecture == null ? null : ARCHITECTURE.convertToDatabaseColumn(m.architecture));
            ps.setObject(11, m.parameters, Types.DOUBLE);
            ps.setObject(12, m.activeParameters, Types.DOUBLE);
            ps.setObject(13, m.trainingTokens, Types.DOUBLE);
            ps.setString(14, m.datasetType);
            ps.setString(15, m.notes);
            ps.setString(16, m.playgroundUrl);
            ps.setString(17, m.paperUrl);
            ps.setObject(18, m.lastUpdated, Types.DATE);
            ps.setObject(19, m.alScoreKey, Types.DOUBLE);
            ps.setObject(20, m.ratioKey, Types.DOUBLE);
            ps.setString(21, m.searchText);
            ps.setInt(22, m.version);
            ps.addBatch();
        });
    }

    private static void insertTags(SharedSessionContractImplementor session, List<LanguageModel> models) throws SQLException {
        if (models.stream().allMatch(m -> m.tags.isEmpty())) {
            return;
        }
        batch(session, TAG, models, (ps, m) -> {
            for (int i = 0; i < m.tags.size(); i++) {
                ps.setLong(1, m.id);
                ps.setInt(2, i);
                ps.setString(3, m.tags.get(i));
                ps.addBatch();
            }
        });
    }

    private static void insertScores(SharedSessionContractImplementor session, List<Score> scores) throws SQLException {
        if (scores.isEmpty()) {
            return;
        }
        BeforeExecutionGenerator ids = generator(session, Score.class);
        batch(session, SCORE, scores, (ps, s) -> {
            s.id = (Long) ids.generate(session, s, null, EventType.INSERT);
            ps.setLong(1, s.id);
            ps.setLong(2, s.model.id);
            ps.setLong(3, s.benchmark.id);
            ps.setDouble(4, s.scoreValue);
            ps.setString(5, s.setting);
            ps.setObject(6, s.shots, Types.INTEGER);
            ps.setObject(7, s.cot, Types.BOOLEAN);
            ps.setObject(8, s.passAtK, Types.INTEGER);
            ps.setString(9, s.harness);
            ps.setString(10, s.subset);
            ps.setString(11, s.settingKey);
            ps.setObject(12, s.selfReported, Types.BOOLEAN);
            ps.setString(13, s.sourceUrl);
            ps.setString(14, s.sourceCitation);
            ps.setObject(15, s.date, Types.DATE);
            ps.setBoolean(16, s.headline);
            ps.addBatch();
        });
    }

    /** Binds one row (or several: {@code addBatch} per row) of {@code T} to the statement. */
    @FunctionalInterface
    private interface Rows<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /** One statement, executed once as a batch of every row, prepared and released as Hibernate's own are. */
    private static <T> void batch(SharedSessionContractImplementor session, String sql, List<T> rows, Rows<T> bind)
            throws SQLException {
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement ps = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            for (T row : rows) {
                bind.bind(ps, row);
            }
            ps.executeBatch();
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(ps);
            jdbc.afterStatementExecution();
        }
    }

    private static BeforeExecutionGenerator generator(SharedSessionContractImplementor session, Class<?> entity) {
        return (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel().getEntityDescriptor(entity).getGenerator();
    }
}

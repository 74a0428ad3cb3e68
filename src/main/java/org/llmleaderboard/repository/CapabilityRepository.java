package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.Collection;
import java.util.List;

/** The inputs and the stored results of the capability score ({@code domain.Capability}). */
@ApplicationScoped
public class CapabilityRepository {

    /** A model's new values; all null to clear them. */
    public record Update(long model, Double score, Integer coverage, Double key) {
    }

    /**
     * The recompute's reads run over every headline score and model: far past the 5 s that pages' statements get
     * ({@link StatementTimeLimit}) at 100,000 models, where they timed out and left the column stale.
     */
    private static final int RECOMPUTE_TIMEOUT_MILLIS = 600_000;

    private final EntityManager em;
    private final StatementTimeLimit timeLimit;

    CapabilityRepository(EntityManager em, StatementTimeLimit timeLimit) {
        this.em = em;
        this.timeLimit = timeLimit;
    }

    /** The headline scores on these families and their variants, in one statement (pending writes flushed first). */
    public List<CapabilityInput> inputs(Collection<String> families) {
        // An import flushes at commit only; this runs just before it and must see the import's scores.
        em.flush();
        return unlimited(() -> em.createQuery("""
                select new org.llmleaderboard.repository.CapabilityInput(coalesce(v.id, m.id),
                    case when v.id is null then true else false end, coalesce(b.parentSlug, b.slug),
                    case when b.parentSlug is null then true else false end, b.higherIsBetter, s.scoreValue)
                from Score s join s.benchmark b join s.model m left join m.variantOf v
                where s.headline = true and coalesce(b.parentSlug, b.slug) in :families""", CapabilityInput.class)
                .setParameter("families", families).getResultList());
    }

    /**
     * Whether a model that has headline scores on these families (its own or a variant's) has no stored score: a
     * database migrated from before the scores, or a first start stopped between its loads and their one recompute.
     * One statement that stops at the first such model.
     */
    public boolean anyUnscored(Collection<String> families) {
        return unlimited(() -> !em.createQuery("""
                select 1 from Score s join s.benchmark b join s.model m left join m.variantOf v
                where s.headline = true and coalesce(b.parentSlug, b.slug) in :families
                    and ((v.id is null and m.capabilityCoverage is null) or (v.id is not null and v.capabilityCoverage is null))""",
                Integer.class).setParameter("families", families).setMaxResults(1)
                .getResultList().isEmpty());
    }

    /** Every model with a stored score, in one statement. */
    public List<CapabilityStored> stored() {
        return unlimited(() -> em.createQuery("""
                select new org.llmleaderboard.repository.CapabilityStored(m.id, m.capabilityScore, m.capabilityCoverage)
                from LanguageModel m where m.capabilityCoverage is not null""", CapabilityStored.class)
                .getResultList());
    }

    private <T> T unlimited(java.util.function.Supplier<T> read) {
        return timeLimit.lifted(em, RECOMPUTE_TIMEOUT_MILLIS, read);
    }

    /** Writes the changed models in JDBC batches (the columns are not the entity's to write: see {@code LanguageModel}). */
    public void write(List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "update language_model set capability_score = ?, capability_coverage = ?, capability_key = ? where id = ?")) {
                int n = 0;
                for (Update u : updates) {
                    setDouble(ps, 1, u.score());
                    if (u.coverage() == null) {
                        ps.setNull(2, Types.INTEGER);
                    } else {
                        ps.setInt(2, u.coverage());
                    }
                    setDouble(ps, 3, u.key());
                    ps.setLong(4, u.model());
                    ps.addBatch();
                    if (++n % 500 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}

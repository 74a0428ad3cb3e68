package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.UnresolvedRecord;

import java.util.Collection;
import java.util.List;

/**
 * Model identity: variants, the review list, and the moves of a merge (everything of one model given to another).
 */
@ApplicationScoped
public class ModelIdentityRepository {

    private final EntityManager em;

    ModelIdentityRepository(EntityManager em) {
        this.em = em;
    }

    /** The ids of the variants of these models, in one query, by name; {@code value} is the variant's id. */
    public List<ModelValue> variantIdsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select new org.llmleaderboard.repository.ModelValue(v.variantOf.id, cast(v.id as String))
                from LanguageModel v where v.variantOf.id in :ids order by v.name, v.slug""", ModelValue.class)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    /** Every model as the resolution sees it, in one statement. */
    public List<IdentityRow> identities() {
        return em.createQuery("""
                select new org.llmleaderboard.repository.IdentityRow(m.slug, m.name, l.slug, v.slug, m.variantRule)
                from LanguageModel m join m.lab l left join m.variantOf v""", IdentityRow.class).getResultList();
    }

    /** Replaces the review list's entries of one source. */
    public void replaceUnresolved(String source, List<UnresolvedRecord> records) {
        em.createQuery("delete from UnresolvedRecord r where r.source = :s").setParameter("s", source).executeUpdate();
        records.forEach(em::persist);
    }

    /** The review list, by source and id. */
    public List<UnresolvedRow> unresolved() {
        return em.createQuery("""
                select new org.llmleaderboard.repository.UnresolvedRow(r.source, r.sourceId, r.name, r.reason, r.candidates, r.recordedAt)
                from UnresolvedRecord r order by r.source, r.sourceId""", UnresolvedRow.class).getResultList();
    }

    /** The ids of a model's scores (for the change log of a merge, which moves them). */
    public List<Long> scoreIdsOf(LanguageModel model) {
        return em.createQuery("select s.id from Score s where s.model = :m order by s.id", Long.class)
                .setParameter("m", model).getResultList();
    }

    /**
     * Gives everything of {@code from} to {@code into}: scores (a headline of {@code from} on a benchmark where
     * {@code into} has one becomes a further score), facts, offerings, aliases, variants, and the links of other models
     * to it as family or base. {@code from} is left empty, to be deleted.
     */
    public void moveAll(LanguageModel from, LanguageModel into) {
        em.flush();
        update("""
                update Score s set s.headline = false where s.model = :from and s.headline = true
                and exists (select 1 from Score t where t.model = :into and t.benchmark = s.benchmark and t.headline = true)""", from, into);
        update("update Score s set s.model = :into where s.model = :from", from, into);
        update("update ModelFact f set f.model = :into where f.model = :from", from, into);
        update("update ProviderOffering o set o.model = :into where o.model = :from", from, into);
        update("update ModelAlias a set a.model = :into where a.model = :from", from, into);
        update("update LanguageModel m set m.variantOf = :into where m.variantOf = :from and m <> :into", from, into);
        update("update LanguageModel m set m.family = :into where m.family = :from and m <> :into", from, into);
        update("update LanguageModel m set m.fineTunedFrom = :into where m.fineTunedFrom = :from and m <> :into", from, into);
    }

    /** Moves these scores to a model (undoing a merge's move). */
    public void moveScores(Collection<Long> scoreIds, LanguageModel to) {
        if (!scoreIds.isEmpty()) {
            em.createQuery("update Score s set s.model = :to where s.id in :ids").setParameter("to", to).setParameter("ids", scoreIds)
                    .executeUpdate();
        }
    }

    private void update(String hql, LanguageModel from, LanguageModel into) {
        em.createQuery(hql).setParameter("from", from).setParameter("into", into).executeUpdate();
    }
}

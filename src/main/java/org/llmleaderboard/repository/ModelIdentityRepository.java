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

    /** What {@link #moveAll} will give {@code into}: everything of {@code from}, by id (before the move). */
    public MergeMoves movesOf(LanguageModel from, LanguageModel into) {
        em.flush();
        return new MergeMoves(scoreIdsOf(from),
                ids("select s.id from Score s where s.model = :from and s.headline = true order by s.id", from, null),
                ids("select f.id from ModelFact f where f.model = :from order by f.id", from, null),
                ids("select o.id from ProviderOffering o where o.model = :from order by o.id", from, null),
                em.createQuery("select a.alias from ModelAlias a where a.model = :from order by a.alias", String.class)
                        .setParameter("from", from).getResultList(),
                ids("select m.id from LanguageModel m where m.variantOf = :from and m <> :into order by m.id", from, into),
                ids("select m.id from LanguageModel m where m.family = :from and m <> :into order by m.id", from, into),
                ids("select m.id from LanguageModel m where m.fineTunedFrom = :from and m <> :into order by m.id", from, into));
    }

    /**
     * How many of a merge's scores, facts, offerings and aliases are now held by a model other than the survivor (a
     * later merge or edit took them): then undoing the merge would take them from that model. Deleted ones do not count.
     */
    public long heldElsewhere(MergeMoves moves, LanguageModel survivor) {
        return countElsewhere("Score", moves.scores(), survivor) + countElsewhere("ModelFact", moves.facts(), survivor)
                + countElsewhere("ProviderOffering", moves.offerings(), survivor)
                + (moves.aliases().isEmpty() ? 0 : em.createQuery("select count(a) from ModelAlias a where a.alias in :ids and a.model <> :m",
                        Long.class).setParameter("ids", moves.aliases()).setParameter("m", survivor).getSingleResult());
    }

    /**
     * Undoes {@link #moveAll}: gives back to {@code restored} what a merge gave {@code survivor} and the survivor still
     * holds, with the restored model's headline flags as they were; the links of other models to the survivor as variant,
     * family or base go back to the restored model too.
     */
    public void moveBack(MergeMoves moves, LanguageModel survivor, LanguageModel restored) {
        em.flush();
        moveBack("update Score s set s.model = :to where s.model = :from and s.id in :ids", moves.scores(), survivor, restored);
        moveBack("update ModelFact f set f.model = :to where f.model = :from and f.id in :ids", moves.facts(), survivor, restored);
        moveBack("update ProviderOffering o set o.model = :to where o.model = :from and o.id in :ids", moves.offerings(), survivor, restored);
        moveBack("update ModelAlias a set a.model = :to where a.model = :from and a.alias in :ids", moves.aliases(), survivor, restored);
        moveBack("update LanguageModel m set m.variantOf = :to where m.variantOf = :from and m.id in :ids", moves.variants(), survivor, restored);
        moveBack("update LanguageModel m set m.family = :to where m.family = :from and m.id in :ids", moves.familyMembers(), survivor, restored);
        moveBack("update LanguageModel m set m.fineTunedFrom = :to where m.fineTunedFrom = :from and m.id in :ids", moves.fineTunes(),
                survivor, restored);
        em.createQuery("update Score s set s.headline = false where s.model = :m").setParameter("m", restored).executeUpdate();
        if (!moves.headlines().isEmpty()) {
            em.createQuery("update Score s set s.headline = true where s.model = :m and s.id in :ids").setParameter("m", restored)
                    .setParameter("ids", moves.headlines()).executeUpdate();
        }
    }

    /** Removes the alias a merge left (its merged-away slug, naming the survivor); the number removed. */
    public int removeAlias(String alias, String origin, LanguageModel model) {
        return em.createQuery("delete from ModelAlias a where a.alias = :a and a.origin = :o and a.model = :m").setParameter("a", alias)
                .setParameter("o", origin).setParameter("m", model).executeUpdate();
    }

    private List<Long> ids(String hql, LanguageModel from, LanguageModel into) {
        var q = em.createQuery(hql, Long.class).setParameter("from", from);
        if (into != null) {
            q.setParameter("into", into);
        }
        return q.getResultList();
    }

    private long countElsewhere(String entity, List<Long> ids, LanguageModel survivor) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(x) from " + entity + " x where x.id in :ids and x.model <> :m", Long.class)
                .setParameter("ids", ids).setParameter("m", survivor).getSingleResult();
    }

    private void moveBack(String hql, Collection<?> ids, LanguageModel from, LanguageModel to) {
        if (!ids.isEmpty()) {
            em.createQuery(hql).setParameter("from", from).setParameter("to", to).setParameter("ids", ids).executeUpdate();
        }
    }

    private void update(String hql, LanguageModel from, LanguageModel into) {
        em.createQuery(hql).setParameter("from", from).setParameter("into", into).executeUpdate();
    }

    /** The models of these slugs (not empty), with the models they are variants of, in one statement; by slug. */
    public java.util.Map<String, LanguageModel> bySlugs(java.util.Collection<String> slugs) {
        return em.createQuery("select m from LanguageModel m left join fetch m.variantOf where m.slug in :s", LanguageModel.class)
                .setParameter("s", slugs).getResultStream().collect(java.util.stream.Collectors.toMap(m -> m.slug, m -> m));
    }
}

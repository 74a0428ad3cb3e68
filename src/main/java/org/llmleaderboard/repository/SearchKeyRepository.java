package org.llmleaderboard.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The words a search can be corrected to, and the repair of search keys that a migration left blank. */
@ApplicationScoped
public class SearchKeyRepository {

    /**
     * The start's check reads every model; under the pages' 5 s limit it timed out at 100,000 models on a cold, busy
     * machine, and the failed check stopped the start.
     */
    private static final int START_CHECK_TIMEOUT_MILLIS = 600_000;

    private final EntityManager em;
    private final StatementTimeLimit timeLimit;

    SearchKeyRepository(EntityManager em, StatementTimeLimit timeLimit) {
        this.em = em;
        this.timeLimit = timeLimit;
    }

    /** Every name a search looks at — models' and variants', labs', aliases' — in one statement, unsorted. */
    public List<String> names() {
        return em.createQuery("select m.name from LanguageModel m union select l.name from Lab l"
                + " union select a.alias from ModelAlias a", String.class).getResultList();
    }

    /** The models whose search key is blank (V11 blanks them: SQL has no NFKD), as id, name and lab name. */
    public List<Object[]> blankKeys() {
        return timeLimit.lifted(em, START_CHECK_TIMEOUT_MILLIS, () -> em.createQuery(
                "select m.id, m.name, l.name from LanguageModel m join m.lab l where m.searchText = ''", Object[].class).getResultList());
    }

    public void setKey(long id, String key) {
        em.createQuery("update LanguageModel m set m.searchText = :k where m.id = :id")
                .setParameter("k", key).setParameter("id", id).executeUpdate();
    }
}

package org.llmleaderboard;

import jakarta.persistence.EntityManager;
import org.llmleaderboard.service.DataVersion;

/** Tests that write keep their data under the lab {@code test-lab}, and remove it afterwards with this. */
public final class TestData {

    private TestData() {
    }

    /** Removes the test lab, its models and scores, a test benchmark and change-log entries of test keys. Needs a transaction. */
    public static void removeTestLab(EntityManager em, DataVersion dataVersion) {
        em.createQuery("delete from Score s where s.model.slug like 'test-lab/%'").executeUpdate();
        em.createQuery("delete from LanguageModel m where m.slug like 'test-lab/%'").executeUpdate();
        em.createQuery("delete from Lab l where l.slug = 'test-lab'").executeUpdate();
        em.createQuery("delete from Benchmark b where b.slug = 'test-bench'").executeUpdate();
        em.createQuery("delete from ChangeLogEntry c where c.entityKey like 'test-%' or c.entityKey like 'import-test%'").executeUpdate();
        // A write like any other: cached pages must not show the removed data.
        dataVersion.changed();
    }
}

package org.llmleaderboard.service.load;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.llmleaderboard.domain.SearchText;
import org.llmleaderboard.repository.SearchKeyRepository;

import java.util.List;

/**
 * Completes migration V11 at the first start after it: the compact search keys need Unicode normalisation (NFKD), which
 * neither H2 nor PostgreSQL offers in SQL, so V11 blanks them and this fills them in, once, in one transaction. On every
 * later start it finds nothing to do (one statement).
 */
@ApplicationScoped
public class SearchKeyRepair {

    private static final Logger LOG = Logger.getLogger(SearchKeyRepair.class);

    private final SearchKeyRepository repository;

    SearchKeyRepair(SearchKeyRepository repository) {
        this.repository = repository;
    }

    void onStart(@Observes StartupEvent event) {
        int repaired = QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> blank = repository.blankKeys();
            for (Object[] row : blank) {
                repository.setKey((Long) row[0], SearchText.of((String) row[1], (String) row[2]));
            }
            return blank.size();
        });
        if (repaired > 0) {
            LOG.infof("Search keys written for %d models (migration V11)", repaired);
        }
    }
}

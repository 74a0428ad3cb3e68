package org.llmleaderboard.service.read;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The default {@link UnresolvedRecords}, until an import stores them: none stored. */
@ApplicationScoped
@DefaultBean
public class NoStoredUnresolvedRecords implements UnresolvedRecords {

    @Override
    public List<DataQualityReport.UnresolvedRecord> list(int limit) {
        return List.of();
    }

    @Override
    public String provenance() {
        return "No import stores its unresolved records yet: the llm-stats merge lists its undecided models in its report "
                + "(logged at first start; 0 for the bundled sets, decided by the override file).";
    }
}

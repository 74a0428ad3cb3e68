package org.llmleaderboard.service.read;

import java.util.List;

/**
 * EXTENSION POINT for the data-quality report: the source records an import could not resolve (llm-stats models the
 * merge left undecided, rows an import rejected). Today no import stores them: the llm-stats merge reports its
 * undecided models in its merge report (logged at first start, {@code merge} in the {@code /admin/import} answer; 0
 * for the bundled sets, thanks to the override file) and nothing else keeps them, so {@link NoStoredUnresolvedRecords}
 * answers none. When the {@code unresolved_record} table lands, a bean of this type reading it replaces that default.
 */
public interface UnresolvedRecords {

    /** At most {@code limit} unresolved records, in a stable order. */
    List<DataQualityReport.UnresolvedRecord> list(int limit);

    /** Where the report says they come from today, in words. */
    String provenance();
}

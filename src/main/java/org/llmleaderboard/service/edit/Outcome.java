package org.llmleaderboard.service.edit;

import java.util.Map;

/** What a write did: imports count these. */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED;

    /** From the snapshots before (null: there was none) and after the write. */
    static Outcome of(Map<String, String> before, Map<String, String> after) {
        return before == null ? CREATED : before.equals(after) ? UNCHANGED : UPDATED;
    }
}

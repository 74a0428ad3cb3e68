package org.llmleaderboard.web;

import io.quarkus.qute.TemplateInstance;

import java.util.function.Supplier;

/** htmx request headers, as Renarde names them. */
public final class Htmx {

    public static final String REQUEST = "HX-Request";
    public static final String HISTORY_RESTORE_REQUEST = "HX-History-Restore-Request";
    public static final String TARGET = "HX-Target";
    public static final String VARY = "Vary";

    private Htmx() {
    }

    /** A fragment is due for an htmx request that is not a history restore (which needs the whole page). */
    public static boolean wantsFragment(String request, String historyRestore) {
        return "true".equals(request) && !"true".equals(historyRestore);
    }

    /**
     * What a leaderboard-table page renders: the full page, or for htmx the next rows (when the
     * request targets the "more" row) or the results region. {@link PageCache} answers with
     * {@code Vary} on these headers.
     */
    public static TemplateInstance table(boolean fragment, String target, TemplateInstance page,
            Supplier<TemplateInstance> results,
            Supplier<TemplateInstance> rows) {
        return !fragment ? page : MORE_ROW.equals(target) ? rows.get() : results.get();
    }

    /** Target id of the "more" row: an htmx request aimed at it wants rows, not the whole region. */
    public static final String MORE_ROW = "more-row";
}

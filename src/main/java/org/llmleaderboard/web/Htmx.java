package org.llmleaderboard.web;

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
}

package org.llmleaderboard.security;

/** Role names. */
public final class Roles {

    /** May add and change data: mutations, imports, admin endpoints. */
    public static final String EDITOR = "editor";

    private Roles() {
    }
}

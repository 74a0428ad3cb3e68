package org.llmleaderboard.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Checks the caller before a GraphQL write, so that a refusal is an error with a code and a message
 * ({@code UNAUTHENTICATED}, {@code FORBIDDEN}) rather than SmallRye's bare "unauthorized".
 */
@RequestScoped
public class EditorGuard {

    private final SecurityIdentity identity;
    private final EditorIdentityProvider editors;

    EditorGuard(SecurityIdentity identity, EditorIdentityProvider editors) {
        this.identity = identity;
        this.editors = editors;
    }

    /** The editor's name, for the change log. */
    public String requireEditor() throws UnauthenticatedException, ForbiddenException {
        if (identity.isAnonymous()) {
            throw new UnauthenticatedException(editors.writesEnabled()
                    ? "Writes need an authenticated editor: send HTTP Basic credentials."
                    : "Writes are disabled on this server: no editor password is set (LEADERBOARD_EDITOR_PASSWORD).");
        }
        if (!identity.hasRole(Roles.EDITOR)) {
            throw new ForbiddenException("User '" + identity.getPrincipal().getName() + "' lacks the editor role.");
        }
        return identity.getPrincipal().getName();
    }
}

package org.llmleaderboard.security;

import io.smallrye.graphql.api.ErrorCode;

/** A write by a user without the editor role. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends Exception {
    public ForbiddenException(String message) {
        super(message, null, false, false);
    }
}

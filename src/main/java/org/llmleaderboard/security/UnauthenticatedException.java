package org.llmleaderboard.security;

import io.smallrye.graphql.api.ErrorCode;

/** A write without credentials (or with writes disabled). */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends Exception {
    public UnauthenticatedException(String message) {
        super(message, null, false, false);
    }
}

package org.llmleaderboard.service.edit;

import io.smallrye.graphql.api.ErrorCode;

/** An update based on a stale version: refused, so that no update is lost silently. */
@ErrorCode("CONFLICT")
public class ConflictException extends Exception {
    public ConflictException(String message) {
        super(message, null, false, false);
    }
}

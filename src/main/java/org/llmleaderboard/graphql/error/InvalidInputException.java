package org.llmleaderboard.graphql.error;

import io.smallrye.graphql.api.ErrorCode;

/** An input that breaks its constraints; the message names every field and rule. Nothing is written. */
@ErrorCode("VALIDATION_FAILED")
public class InvalidInputException extends Exception {
    public InvalidInputException(String message) {
        super(message, null, false, false);
    }
}

package org.llmleaderboard.graphql.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request passed its time limit: the resolvers still to run are not run. */
@ErrorCode("TIME_LIMIT_EXCEEDED")
public class TimeLimitException extends Exception {
    public TimeLimitException(String message) {
        super(message, null, false, false);
    }
}

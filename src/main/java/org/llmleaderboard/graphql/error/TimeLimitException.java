package org.llmleaderboard.graphql.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The request passed its time limit: the resolvers still to run are not run. Unchecked, because it is thrown
 * from a CDI observer, which would wrap a checked one (its message is shown: show-runtime-exception-message).
 */
@ErrorCode("TIME_LIMIT_EXCEEDED")
public class TimeLimitException extends RuntimeException {
    public TimeLimitException(String message) {
        super(message, null, false, false);
    }
}

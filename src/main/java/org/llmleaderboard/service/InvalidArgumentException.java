package org.llmleaderboard.service;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A request asked for something the API does not allow (a page too large, an unknown filter
 * value). Checked, so that SmallRye GraphQL reports its message and code instead of "System error".
 */
@ErrorCode("BAD_USER_INPUT")
public class InvalidArgumentException extends Exception {

    private final String argument;

    public InvalidArgumentException(String argument, String message) {
        super(message, null, false, false);
        this.argument = argument;
    }

    /** The request parameter at fault, e.g. {@code first} or {@code sort.benchmark}. */
    public String argument() {
        return argument;
    }
}

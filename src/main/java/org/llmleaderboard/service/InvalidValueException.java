package org.llmleaderboard.service;

import io.smallrye.graphql.api.ErrorCode;

/** An input value breaks a rule that needs the database to check (a score outside its benchmark's range, ...). */
@ErrorCode("INVALID_VALUE")
public class InvalidValueException extends InvalidArgumentException {
    public InvalidValueException(String field, String rule) {
        super(field, field + ": " + rule);
    }
}

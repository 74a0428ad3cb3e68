package org.llmleaderboard.service.edit;

import io.smallrye.graphql.api.ErrorCode;
import org.llmleaderboard.service.InvalidArgumentException;

/** An input value breaks a rule that needs the database to check (a score outside its benchmark's range, ...). */
@ErrorCode("INVALID_VALUE")
public class InvalidValueException extends InvalidArgumentException {
    public InvalidValueException(String field, String rule) {
        super(field, field + ": " + rule);
    }
}

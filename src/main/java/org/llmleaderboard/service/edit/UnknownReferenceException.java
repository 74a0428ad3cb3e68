package org.llmleaderboard.service.edit;

import io.smallrye.graphql.api.ErrorCode;
import org.llmleaderboard.service.InvalidArgumentException;

/** An input names a lab or model that does not exist. */
@ErrorCode("UNKNOWN_REFERENCE")
public class UnknownReferenceException extends InvalidArgumentException {
    public UnknownReferenceException(String field, String kind, String slug) {
        super(field, field + ": unknown " + kind + " '" + slug + "'.");
    }
}

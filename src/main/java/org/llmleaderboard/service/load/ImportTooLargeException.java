package org.llmleaderboard.service.load;

import io.smallrye.graphql.api.ErrorCode;
import org.llmleaderboard.service.InvalidArgumentException;

/** An uploaded file that would unpack beyond the import limits (a zip bomb): refused before anything is read or written. */
@ErrorCode(ImportTooLargeException.CODE)
public class ImportTooLargeException extends InvalidArgumentException {

    public static final String CODE = "ZIP_TOO_LARGE";

    public ImportTooLargeException(String message) {
        super("body", message);
    }
}

package org.llmleaderboard.importer;

import java.io.IOException;

/** A zip that would unpack to more entries or bytes than {@link ZipLimits} allow; nothing of it was used. */
public class ZipTooLargeException extends IOException {

    public ZipTooLargeException(String message) {
        super(message);
    }
}

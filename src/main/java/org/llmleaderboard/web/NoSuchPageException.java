package org.llmleaderboard.web;

import jakarta.ws.rs.NotFoundException;

/**
 * Our own "no such model/lab/benchmark": its message is written for people and shown on the 404 page. Any other
 * {@link NotFoundException} comes from the framework (no resource method for the URL) and its text is not shown.
 */
public class NoSuchPageException extends NotFoundException {

    public NoSuchPageException(String message) {
        super(message);
    }
}

package org.llmleaderboard.web;

/** A page not ready within the page time limit while its request waited for another's render: the same 503. */
public class PageTookTooLongException extends RuntimeException {

    PageTookTooLongException() {
        super("The same page was being rendered for another request and was not ready within the page time limit", null, false, false);
    }
}

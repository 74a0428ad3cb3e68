package org.llmleaderboard.web;

/**
 * A query parameter the page cannot read at all (a page number that is no number, a search longer than the search
 * box allows): answered with the 400 page. Values that are merely unknown (a lab that does not exist) are reported
 * on the page instead (see {@link UnknownValues}).
 *
 * @see ErrorMappers
 */
public class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String backHref;

    public BadParameterException(String parameter, String message, String backHref) {
        super(message, null, false, false);
        this.parameter = parameter;
        this.backHref = backHref;
    }

    public String parameter() {
        return parameter;
    }

    /** The page without the parameters (its base path). */
    public String backHref() {
        return backHref;
    }
}

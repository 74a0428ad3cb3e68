package org.llmleaderboard.query;

/**
 * One page of a list: {@code first} rows after skipping {@code offset}. Checked (0 to {@link #MAX_SIZE}, offset not
 * negative) by the read service's factory, which names the argument in its error.
 */
public record PageRequest(int first, int offset) {

    /** Largest page a client may ask for (GraphQL {@code first}, rankings). */
    public static final int MAX_SIZE = 500;
}

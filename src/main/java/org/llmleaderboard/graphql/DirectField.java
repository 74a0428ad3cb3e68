package org.llmleaderboard.graphql;

import graphql.schema.DataFetchingEnvironment;

/**
 * A field whose value is read straight from its parent's value: no resolver call, no request context, no statement
 * and no side effect. A list of objects whose every selected field is one is completed in a single pass
 * ({@code graphql.http.DirectLists}) instead of through graphql-java's per-field steps.
 */
public interface DirectField {

    /** What {@link #read} answers when this value needs the field's own resolver after all. */
    Object NOT_DIRECT = new Object() {
        @Override
        public String toString() {
            return "not direct";
        }
    };

    /**
     * The field's value on {@code source}, or {@link #NOT_DIRECT}.
     *
     * @param field the field as selected (its definition and arguments); shared by every object of the list, so it
     *              carries no source
     */
    Object read(Object source, DataFetchingEnvironment field) throws Exception;
}

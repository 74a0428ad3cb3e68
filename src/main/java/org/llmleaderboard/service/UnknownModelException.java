package org.llmleaderboard.service;

import io.smallrye.graphql.api.ErrorCode;

/** A model slug (or alias) that names no model. */
@ErrorCode("NOT_FOUND")
public class UnknownModelException extends InvalidArgumentException {

    private final String slug;

    public UnknownModelException(String argument, String slug) {
        super(argument, "No model '" + slug + "'. Use a model's slug as in its page's address, e.g. openai/gpt-4o, or an alias "
                + "such as gpt-4o-2024-05-13.");
        this.slug = slug;
    }

    /** The name that matched nothing. */
    public String slug() {
        return slug;
    }
}

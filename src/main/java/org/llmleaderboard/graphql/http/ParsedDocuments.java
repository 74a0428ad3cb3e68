package org.llmleaderboard.graphql.http;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.InvalidSyntaxError;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents {@link GraphQLHttpHandler} checks, parsed once and validated once each, the most recently used kept.
 * A client sends the same few documents again and again with other variables, and parsing and validating one took
 * about 4 % of an uncached {@code models} request's CPU (SmallRye's own cache then spares its second parse). The
 * cost still comes first for a new document (validation of an alias bomb is itself expensive) and is computed for
 * every request, since it depends on the variables. Only documents that parse are kept, and only short ones.
 */
final class ParsedDocuments {

    /**
     * A parsed document and, once checked, its validation errors (empty when valid); or, for a document that does
     * not parse, only its syntax error.
     */
    record Parsed(Document document, List<ValidationError> errors, InvalidSyntaxError syntaxError) {
    }

    static final int MAX_DOCUMENTS = 64;
    static final int MAX_CHARS = 8192;

    private final GraphQLSchema schema;
    private final Map<String, Parsed> recent = new LinkedHashMap<>(MAX_DOCUMENTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > MAX_DOCUMENTS;
        }
    };

    ParsedDocuments(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** The document parsed, or its syntax error. */
    Parsed parse(String text) {
        Parsed known = get(text);
        if (known != null) {
            return known;
        }
        ParseAndValidateResult parsed = ParseAndValidate.parse(ExecutionInput.newExecutionInput(text).build());
        if (parsed.isFailure()) {
            return new Parsed(null, null, parsed.getSyntaxException().toInvalidSyntaxError());
        }
        Parsed fresh = new Parsed(parsed.getDocument(), null, null);
        put(text, fresh);
        return fresh;
    }

    /** Its validation errors, found once per kept document. */
    List<ValidationError> validate(String text, Parsed parsed) {
        if (parsed.errors() != null) {
            return parsed.errors();
        }
        List<ValidationError> errors = List.copyOf(ParseAndValidate.validate(schema, parsed.document()));
        put(text, new Parsed(parsed.document(), errors, null));
        return errors;
    }

    private Parsed get(String text) {
        synchronized (recent) {
            return recent.get(text);
        }
    }

    private void put(String text, Parsed parsed) {
        if (text.length() <= MAX_CHARS) {
            synchronized (recent) {
                recent.put(text, parsed);
            }
        }
    }
}

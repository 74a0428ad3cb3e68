package org.llmleaderboard.graphql.http;

import graphql.GraphQLError;
import graphql.language.SourceLocation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

/**
 * GraphQL error responses, each error with {@code extensions.code}: those the HTTP layer answers itself, and
 * the code added to any error of an execution that has none (graphql-java's own errors carry only a
 * classification).
 */
final class GraphQLErrors {

    private GraphQLErrors() {
    }

    /** {@code {"errors":[{"message":…, "extensions":{"code":…, …}}]}} */
    static JsonObject of(String code, String message, Map<String, Object> extensions) {
        return of(code, message, List.of(), extensions);
    }

    static JsonObject of(String code, String message, List<SourceLocation> locations, Map<String, Object> extensions) {
        JsonObjectBuilder ext = jsonProvider().createObjectBuilder().add("code", code);
        extensions.forEach((key, value) -> {
            if (value instanceof Number n) {
                ext.add(key, n.longValue());
            } else {
                ext.add(key, String.valueOf(value));
            }
        });
        JsonObjectBuilder error = jsonProvider().createObjectBuilder().add("message", message);
        if (!locations.isEmpty()) {
            JsonArrayBuilder array = jsonProvider().createArrayBuilder();
            locations.forEach(l -> array.add(jsonProvider().createObjectBuilder().add("line", l.getLine()).add("column", l.getColumn())));
            error.add("locations", array);
        }
        error.add("extensions", ext);
        return jsonProvider().createObjectBuilder().add("errors", jsonProvider().createArrayBuilder().add(error)).build();
    }

    /** Errors of graphql-java (syntax, validation) in the same shape, with {@code code}. */
    static JsonObject of(String code, List<? extends GraphQLError> errors) {
        JsonArrayBuilder array = jsonProvider().createArrayBuilder();
        for (GraphQLError e : errors) {
            JsonObject one = of(code, e.getMessage(), e.getLocations() == null ? List.of() : e.getLocations(),
                    Map.of("classification", String.valueOf(e.getErrorType()))).getJsonArray("errors").getJsonObject(0);
            array.add(one);
        }
        return jsonProvider().createObjectBuilder().add("errors", array).build();
    }

    /** The execution result with a {@code code} in every error's extensions. */
    static JsonObject withCodes(JsonObject result) {
        if (!result.containsKey("errors")) {
            return result;
        }
        JsonArrayBuilder errors = jsonProvider().createArrayBuilder();
        for (JsonValue value : result.getJsonArray("errors")) {
            JsonObject error = value.asJsonObject();
            JsonObject ext = error.containsKey("extensions") ? error.getJsonObject("extensions") : JsonValue.EMPTY_JSON_OBJECT;
            if (ext.containsKey("code")) {
                errors.add(error);
                continue;
            }
            JsonObjectBuilder fixed = jsonProvider().createObjectBuilder(error);
            fixed.add("extensions", jsonProvider().createObjectBuilder(ext).add("code", codeFor(ext.getString("classification", ""), error.getString("message", ""))));
            errors.add(fixed);
        }
        return jsonProvider().createObjectBuilder(result).add("errors", errors).build();
    }

    private static String codeFor(String classification, String message) {
        return switch (classification) {
            // graphql-java reports variables of the wrong type as validation errors, at execution
            case "ValidationError" -> message.startsWith("Variable") ? "BAD_USER_INPUT" : "GRAPHQL_VALIDATION_FAILED";
            case "ExecutionAborted" -> message.contains("depth") ? "QUERY_TOO_DEEP" : "EXECUTION_ABORTED";
            case "InvalidSyntax" -> "GRAPHQL_PARSE_FAILED";
            // graphql-java refuses introspection that asks for the fields of fields of … (its "good faith" check)
            case "BadFaithIntrospection" -> "INTROSPECTION_REFUSED";
            case "OperationNotSupported" -> "BAD_REQUEST";
            default -> "INTERNAL_SERVER_ERROR";
        };
    }
}

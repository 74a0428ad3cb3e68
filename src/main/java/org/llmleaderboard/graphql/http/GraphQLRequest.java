package org.llmleaderboard.graphql.http;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a GraphQL-over-HTTP request — {@code query}, {@code operationName}, {@code variables},
 * {@code extensions} — read from a JSON body (POST) or the query string (GET), with their types checked.
 */
record GraphQLRequest(String query, String operationName, JsonObject variables, JsonObject extensions) {

    /** A request that is not a well-formed GraphQL-over-HTTP request (400). */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    static GraphQLRequest fromBody(String body) throws Malformed {
        JsonValue value;
        try (JsonReader reader = jsonProvider().createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            // Not only JsonException: Parsson refuses JSON nested over 1,000 levels with a plain RuntimeException
            // ("Input is too deeply nested"), which was a 500 (FuzzTest). Whatever fails here is the client's JSON.
            throw new Malformed("The request body is not JSON: " + firstLine(e.getMessage()));
        }
        if (!(value instanceof JsonObject object)) {
            throw new Malformed("The request body must be a JSON object with a `query` string.");
        }
        return from(object);
    }

    static GraphQLRequest fromQueryString(Map<String, List<String>> parameters) throws Malformed {
        JsonObjectBuilder object = jsonProvider().createObjectBuilder();
        for (String name : List.of("query", "operationName")) {
            String value = single(parameters, name);
            if (value != null) {
                object.add(name, value);
            }
        }
        for (String name : List.of("variables", "extensions")) {
            String value = single(parameters, name);
            if (value != null && !value.isEmpty()) {
                try (JsonReader reader = jsonProvider().createReader(new StringReader(value))) {
                    object.add(name, reader.readValue());
                } catch (RuntimeException e) {   // as in fromBody: the nesting limit is a plain RuntimeException
                    throw new Malformed("The `" + name + "` parameter is not JSON: " + firstLine(e.getMessage()));
                }
            }
        }
        return from(object.build());
    }

    private static GraphQLRequest from(JsonObject object) throws Malformed {
        JsonValue query = object.get("query");
        JsonObject extensions = objectOrNull(object, "extensions");
        boolean absent = query == null || query.getValueType() == JsonValue.ValueType.NULL;
        if (absent && extensions != null && extensions.get("persistedQuery") instanceof JsonObject) {
            query = null;   // a persisted query (PersistedQueries): its document is looked up by its hash
        } else if (absent) {
            throw new Malformed("The request has no `query`: send {\"query\": \"{ … }\"}.");
        } else if (query.getValueType() != JsonValue.ValueType.STRING) {
            throw new Malformed("`query` must be a string.");
        }
        JsonValue operationName = object.get("operationName");
        if (operationName != null && operationName.getValueType() != JsonValue.ValueType.NULL
                && operationName.getValueType() != JsonValue.ValueType.STRING) {
            throw new Malformed("`operationName` must be a string or null.");
        }
        return new GraphQLRequest(query == null ? null : InputText.cleanDocument(object.getString("query")),
                operationName instanceof jakarta.json.JsonString s ? s.getString() : null,
                InputText.clean(objectOrNull(object, "variables")), extensions);
    }

    /** This request with the document a persisted query's hash names. */
    GraphQLRequest withQuery(String document) {
        return new GraphQLRequest(document, operationName, variables, extensions);
    }

    private static JsonObject objectOrNull(JsonObject object, String name) throws Malformed {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonObject o) {
            return o;
        }
        throw new Malformed("`" + name + "` must be an object or null.");
    }

    /** The request as SmallRye GraphQL's execution service takes it. */
    JsonObject toJson() {
        JsonObjectBuilder out = jsonProvider().createObjectBuilder().add("query", query);
        if (operationName != null) {
            out.add("operationName", operationName);
        }
        if (variables != null) {
            out.add("variables", variables);
        }
        if (extensions != null) {
            out.add("extensions", extensions);
        }
        return out.build();
    }

    /** Top-level variables as plain values (numbers as {@code Long} or {@code Double}), for costing. */
    Map<String, Object> plainVariables() {
        if (variables == null) {
            return Map.of();
        }
        Map<String, Object> out = new java.util.HashMap<>();
        variables.forEach((name, value) -> {
            if (value instanceof jakarta.json.JsonNumber n) {
                out.put(name, n.isIntegral() ? (Object) n.longValue() : (Object) n.doubleValue());
            } else if (value instanceof jakarta.json.JsonString s) {
                out.put(name, s.getString());
            } else {
                out.put(name, value);
            }
        });
        return out;
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable.";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

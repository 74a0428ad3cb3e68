package org.llmleaderboard.graphql.http;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.regex.Pattern;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

/**
 * Control characters are stripped from what a GraphQL request writes or searches, as they are from the web
 * parameters: NUL, the other C0 controls but tab, line feed and carriage return, DEL and the C1 controls —
 * in the variables' strings, and as {@code \\uXXXX} escapes in the document's string literals (raw ones are a
 * syntax error there anyway).
 */
final class InputText {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern ESCAPED_CONTROL = Pattern.compile("\\\\u00(?:0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])");

    private InputText() {
    }

    static String clean(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }

    /** The document with escaped control characters in its string literals removed. */
    static String cleanDocument(String document) {
        return document.indexOf("\\u") < 0 ? document : ESCAPED_CONTROL.matcher(document).replaceAll("");
    }

    static JsonObject clean(JsonObject object) {
        if (object == null) {
            return null;
        }
        JsonObjectBuilder out = jsonProvider().createObjectBuilder();
        object.forEach((key, value) -> out.add(clean(key), clean(value)));
        return out.build();
    }

    private static JsonValue clean(JsonValue value) {
        if (value instanceof JsonString s) {
            return jsonProvider().createValue(clean(s.getString()));
        }
        if (value instanceof JsonObject o) {
            return clean(o);
        }
        if (value instanceof JsonArray a) {
            JsonArrayBuilder out = jsonProvider().createArrayBuilder();
            a.forEach(v -> out.add(clean(v)));
            return out.build();
        }
        return value;
    }
}

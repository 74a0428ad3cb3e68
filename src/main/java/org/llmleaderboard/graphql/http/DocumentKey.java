package org.llmleaderboard.graphql.http;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The parts of a cache key of {@link GraphQLResponseCache}, made without parsing the document (a hit is answered on
 * the event loop): the document with its ignored tokens (white space, commas, comments) dropped where they separate
 * nothing, and the variables as canonical JSON (keys sorted at every level). Two requests with the same key mean the
 * same thing; two that mean the same thing may still get two keys (a miss, never a wrong answer).
 */
final class DocumentKey {

    /** GraphQL's punctuators other than {@code ...} (kept apart: {@code .} may also be part of a number). */
    private static final String PUNCTUATORS = "!$&()[]{}:=@|";

    private DocumentKey() {
    }

    /**
     * The document's tokens, separated by one space only where two of them would otherwise run together. Strings and
     * block strings are kept as written; a white space run between two non-punctuators becomes one space, so a
     * change that could merge two tokens changes the key.
     */
    static String normalise(String document) {
        StringBuilder out = new StringBuilder(document.length());
        boolean gap = false;
        int i = 0;
        int n = document.length();
        while (i < n) {
            char c = document.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF') {
                gap = true;
                i++;
            } else if (c == '#') {
                while (i < n && document.charAt(i) != '\n' && document.charAt(i) != '\r') {
                    i++;
                }
                gap = true;
            } else {
                int end = c == '"' ? stringEnd(document, i) : i + 1;
                if (gap && !out.isEmpty() && !isPunctuator(out.charAt(out.length() - 1)) && !isPunctuator(c)) {
                    out.append(' ');
                }
                out.append(document, i, end);
                gap = false;
                i = end;
            }
        }
        return out.toString();
    }

    /** The index after the string or block string starting at {@code start} (the end of the text if unterminated). */
    private static int stringEnd(String s, int start) {
        int n = s.length();
        if (s.startsWith("\"\"\"", start)) {
            int j = start + 3;
            while (j < n) {
                if (s.startsWith("\\\"\"\"", j)) {
                    j += 4;
                } else if (s.startsWith("\"\"\"", j)) {
                    return j + 3;
                } else {
                    j++;
                }
            }
            return n;
        }
        int j = start + 1;
        while (j < n) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == '"') {
                return j + 1;
            } else if (c == '\n' || c == '\r') {
                return j;   // an unterminated string: the parser refuses it, so it is never stored
            } else {
                j++;
            }
        }
        return Math.min(j, n);
    }

    private static boolean isPunctuator(char c) {
        return PUNCTUATORS.indexOf(c) >= 0;
    }

    /** The variables as JSON with object keys sorted, so that their order does not matter; "" for none. */
    static String canonical(JsonObject variables) {
        if (variables == null || variables.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        write(variables, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonObject object) {
            List<String> names = new ArrayList<>(object.keySet());
            Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",").append(jsonProvider().createValue(names.get(i))).append(':');
                write(object.get(names.get(i)), out);
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(array.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }
}

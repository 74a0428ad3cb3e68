package org.llmleaderboard.graphql.http;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

/** The parts of a GraphQL cache key: what may differ between two requests that mean the same, and what may not. */
class DocumentKeyTest {

    @Test
    void shouldDropWhiteSpaceCommasAndCommentsBetweenTokens() {
        assertEquals("{models(first:5){items{slug name}}}", DocumentKey.normalise("""
                # the first five
                {
                  models(first: 5) {
                    items { slug, name }   # two fields
                  }
                }"""));
        assertEquals(DocumentKey.normalise("query Q($a: Int) { x(a: $a) }"), DocumentKey.normalise("query  Q ( $a :Int ){x(a:$a)}"));
    }

    @Test
    void shouldKeepTokensApartAndStringsAsWritten() {
        assertNotEquals(DocumentKey.normalise("{ a b }"), DocumentKey.normalise("{ ab }"));
        assertNotEquals(DocumentKey.normalise("{ x(s: \"a  b\") }"), DocumentKey.normalise("{ x(s: \"a b\") }"));
        assertEquals("{x(s:\"a, # b\")}", DocumentKey.normalise("{ x(s: \"a, # b\") }"));
        assertEquals("{x(s:\"\"\"a \\\"\"\" , b\"\"\")}", DocumentKey.normalise("{ x(s: \"\"\"a \\\"\"\" , b\"\"\") }"));
        assertNotEquals(DocumentKey.normalise("{ x(n: 1 .5) }"), DocumentKey.normalise("{ x(n: 1.5) }"));
    }

    @Test
    void shouldWriteVariablesWithSortedKeysAtEveryLevel() {
        assertEquals(DocumentKey.canonical(json("{\"b\": [1, {\"y\": 2, \"x\": \"s\"}], \"a\": null}")),
                DocumentKey.canonical(json("{\"a\": null, \"b\": [1, {\"x\": \"s\", \"y\": 2}]}")));
        assertNotEquals(DocumentKey.canonical(json("{\"a\": [1, 2]}")), DocumentKey.canonical(json("{\"a\": [2, 1]}")));
        assertEquals("", DocumentKey.canonical(null));
        assertEquals("", DocumentKey.canonical(json("{}")));
    }

    private static JsonObject json(String text) {
        return jsonProvider().createReader(new StringReader(text)).readObject();
    }
}

package org.llmleaderboard.graphql.http;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;

class InputTextTest {

    @Test
    void shouldStripControlCharactersButKeepTabsAndLineBreaks() {
        assertEquals("ab\tc\nd", InputText.clean("a\u0000b\t\u0007c\n\u007f\u0085d"));
    }

    @Test
    void shouldStripEscapedControlCharactersFromTheDocumentsStringLiterals() {
        assertEquals("{ models(filter: {search: \"gpt\\n\"}) { totalCount } }",
                InputText.cleanDocument("{ models(filter: {search: \"g\\u0000pt\\u001b\\n\"}) { totalCount } }"));
        assertEquals("\\u00e9 \\u0009", InputText.cleanDocument("\\u00e9 \\u0009"));
    }

    @Test
    void shouldStripThemFromEveryStringOfTheVariables() {
        JsonObject variables = jsonProvider().createReader(new StringReader(
                "{\"input\": {\"name\": \"Ro\\u0000cket\", \"tags\": [\"a\\u0001\", 3]}, \"n\": 5}")).readObject();
        assertEquals("{\"input\":{\"name\":\"Rocket\",\"tags\":[\"a\",3]},\"n\":5}", InputText.clean(variables).toString());
    }
}

package org.llmleaderboard.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The playground opens with the examples README documents: each of its queries stands in README, word for word. */
class PlaygroundReadmeTest {

    @Test
    void shouldDocumentEveryPlaygroundExampleInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("### The playground's examples"));
        for (PlaygroundQueries.Example example : PlaygroundQueries.EXAMPLES) {
            assertTrue(section.contains(example.query()), example.id() + " is in README's playground examples:\n" + example.query());
        }
    }
}

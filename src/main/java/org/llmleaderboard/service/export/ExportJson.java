package org.llmleaderboard.service.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.OutputStream;

/** The exports' JSON: one layout for the view exports and the data set, written a value at a time. */
final class ExportJson {

    /**
     * Writes records (of the data set) into a generator that already holds the layout: dates ISO, no flush per
     * value (a chunk is flushed whole), the response's stream left open.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ExportJson() {
    }

    /** A UTF-8 generator in the exports' layout; {@code writeObject} writes a record; closing it leaves {@code out} open. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = MAPPER.createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(prettyPrinter());
        return json;
    }

    /**
     * The exports' JSON layout: two-space indents, {@code "key": value}, one array element a line,
     * {@code \n} whatever the platform.
     */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}

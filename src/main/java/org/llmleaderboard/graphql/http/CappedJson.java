package org.llmleaderboard.graphql.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import graphql.ExecutionResult;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A GraphQL answer as bytes, written only up to the size cap: an answer larger than the cap stops being serialized
 * when it reaches it, so it is refused without ever being built whole. (The cost limit, checked before execution,
 * bounds the result itself; this bounds the bytes, for answers of few but very long values.)
 */
final class CappedJson {

    /** Characters outside the BMP (emoji) as their four UTF-8 bytes, as JSON-P writes them, not as \\u escapes. */
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private CappedJson() {
    }

    /** {@link #encodeData} of an answer with data and without errors or extensions; null for any other, or past {@code max}. */
    static byte[] plainAnswer(ExecutionResult result, int max) {
        if (result == null || !result.isDataPresent() || !result.getErrors().isEmpty()
                || (result.getExtensions() != null && !result.getExtensions().isEmpty())) {
            return null;
        }
        try {
            return encodeData(result.getData(), max);
        } catch (NotPlain e) {
            return null;
        }
    }

    /**
     * {@code {"data": …}} of an answer without errors or extensions, written straight from graphql-java's maps and
     * lists: the same bytes as SmallRye's JSON-P tree through {@link #encode} ({@code CappedJsonTest}), without
     * building that tree first (a seventh of an uncached page's allocations; BENCHMARKS.md, "Issue 18: fourth pass").
     * Null if longer than {@code max}; {@link NotPlain} for a value that is none of JSON's (scalars are coerced to them
     * before, so none is expected), for which {@link #plainAnswer} leaves the answer to SmallRye's way.
     */
    static byte[] encodeData(Object data, int max) {
        CappedOutput out = new CappedOutput(max);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName("data");
            write(json, data);
            json.writeEndObject();
        } catch (Full e) {
            return null;
        } catch (IOException e) {
            if (out.full) {
                return null;
            }
            throw new UncheckedIOException(e);
        }
        return out.full ? null : out.toByteArray();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof DirectShape.Row row) {
            json.writeStartObject();
            for (int i = 0; i < row.keys.length; i++) {
                json.writeFieldName(row.keys[i]);
                write(json, row.values[i]);
            }
            json.writeEndObject();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName((String) e.getKey());
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            json.writeNumber(BigDecimal.valueOf(d)); // as JSON-P writes a double: 1.0E+10, 0.000010
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else {
            throw new NotPlain(value.getClass());
        }
    }

    /** A value {@link #encodeData} does not write. */
    private static final class NotPlain extends RuntimeException {
        NotPlain(Class<?> type) {
            super("not a JSON value: " + type.getName(), null, false, false);
        }
    }

    /** The answer's UTF-8 bytes, the same as {@code body.toString()}'s; null if they would be more than {@code max}. */
    static byte[] encode(JsonObject body, int max) {
        CappedOutput out = new CappedOutput(max);
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(body);
        } catch (Full | JsonException e) {
            // JSON-P may pass the stream's exception on as it is or wrapped; either way the cap was reached.
            if (out.full) {
                return null;
            }
            throw e;
        }
        return out.full ? null : out.toByteArray();
    }

    private static final class CappedOutput extends ByteArrayOutputStream {
        private final int max;
        boolean full;

        CappedOutput(int max) {
            super(Math.min(max, 8192));
            this.max = max;
        }

        @Override
        public void write(int b) {
            check(1);
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            check(len);
            super.write(b, off, len);
        }

        private void check(int more) {
            if (count + more > max) {
                full = true;
                throw new Full();
            }
        }
    }

    /** Unchecked, because ByteArrayOutputStream's writes declare none; no stack trace, it is no error. */
    private static final class Full extends RuntimeException {
        Full() {
            super("answer larger than the cap", null, false, false);
        }
    }
}

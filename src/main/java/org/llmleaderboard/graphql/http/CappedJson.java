package org.llmleaderboard.graphql.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;

import java.io.ByteArrayOutputStream;

/**
 * A GraphQL answer as bytes, written only up to the size cap: an answer larger than the cap stops being serialized
 * when it reaches it, so it is refused without ever being built whole. (The cost limit, checked before execution,
 * bounds the result itself; this bounds the bytes, for answers of few but very long values.)
 */
final class CappedJson {

    private CappedJson() {
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

package org.llmleaderboard.web;

import jakarta.ws.rs.core.StreamingOutput;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The page cache's gzip: at the best compression, since a body is compressed once and sent many times. */
final class Gzip {

    private Gzip() {
    }

    /** A gzip stream into {@code out}; closing it finishes the gzip member and closes {@code out}. */
    static GZIPOutputStream to(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        };
    }

    static byte[] bytes(byte[] identity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(identity.length / 4 + 64);
        try (GZIPOutputStream gz = to(out)) {
            gz.write(identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A body that writes {@code gzip} inflated, as it is sent. */
    static StreamingOutput inflated(byte[] gzip) {
        return out -> {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
                in.transferTo(out);
            }
        };
    }
}

package org.llmleaderboard.importer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zip-bomb checks: the central directory before unpacking, and the bytes actually inflated. */
class BoundedZipTest {

    private static final ZipLimits LIMITS = new ZipLimits(10, 1_000_000);
    private static final UnaryOperator<String> ALL = name -> name;

    @Test
    void shouldReadTheWantedFilesWithinTheLimits() throws IOException {
        byte[] zip = zip(Map.of("a.md", "alpha", "b.txt", "beta"));
        assertEquals(Map.of("a.md", "alpha"), BoundedZip.read(zip, LIMITS, n -> n.endsWith(".md") ? n : null));
    }

    @Test
    void shouldRefuseTooManyEntriesFromTheCentralDirectory() throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        for (int i = 0; i < 11; i++) {
            files.put("f" + i, "");
        }
        ZipTooLargeException e = assertThrows(ZipTooLargeException.class, () -> BoundedZip.read(zip(files), LIMITS, ALL));
        assertTrue(e.getMessage().startsWith("The zip holds 11 entries; at most 10"), e.getMessage());
    }

    @Test
    void shouldRefuseTooManyBytesFromTheDeclaredSizesBeforeInflating() throws IOException {
        ZipTooLargeException e = assertThrows(ZipTooLargeException.class,
                () -> BoundedZip.read(zip(Map.of("huge", " ".repeat(1_000_001))), LIMITS, ALL));
        assertTrue(e.getMessage().startsWith("The zip unpacks to at least 1000001 bytes uncompressed"), e.getMessage());
    }

    @Test
    void shouldRefuseAZipWhoseDeclaredSizesLieWhileInflating() throws IOException {
        byte[] zip = zip(Map.of("huge", " ".repeat(5_000_000)));
        declareSizesOfTen(zip);
        ZipTooLargeException e = assertThrows(ZipTooLargeException.class, () -> BoundedZip.read(zip, LIMITS, ALL));
        assertTrue(e.getMessage().startsWith("The zip unpacks to more than 1000000 bytes once inflated"), e.getMessage());
    }

    @Test
    void shouldCountEntriesAndBytesWhenStreamingATrustedZip() throws IOException {
        byte[] zip = zip(Map.of("huge", " ".repeat(1_000_001)));
        assertThrows(ZipTooLargeException.class, () -> BoundedZip.read(new ByteArrayInputStream(zip), LIMITS, ALL));
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var f : new java.util.TreeMap<>(files).entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Rewrites every central-directory header's uncompressed size (offset 24) to 10 bytes. */
    private static void declareSizesOfTen(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 28 <= zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, 10);
            }
        }
    }
}

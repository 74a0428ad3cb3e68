package org.llmleaderboard.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the text files of a zip within {@link ZipLimits}. An uploaded zip is checked twice: its central directory
 * (entry count and declared sizes) before anything is inflated, then the bytes actually inflated, entry by entry,
 * because the sizes a zip declares can lie. Either check refuses the whole zip with {@link ZipTooLargeException}.
 */
public final class BoundedZip {

    private static final int CHUNK = 8192;

    private BoundedZip() {
    }

    /**
     * The files whose name {@code keep} maps to a key (NFC-normalised name in, key or {@code null} out), as UTF-8 text.
     * Checks the central directory first, then unpacks.
     */
    public static Map<String, String> read(byte[] zip, ZipLimits limits, UnaryOperator<String> keep) throws IOException {
        checkCentralDirectory(zip, limits);
        return read(new ByteArrayInputStream(zip), limits, keep);
    }

    /** The same, streaming: only the inflated bytes and the entries met are counted (for trusted class-path zips). */
    public static Map<String, String> read(InputStream zip, ZipLimits limits, UnaryOperator<String> keep) throws IOException {
        Map<String, String> files = new TreeMap<>();
        long inflated = 0;
        int entries = 0;
        byte[] chunk = new byte[CHUNK];
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw tooManyEntries(">" + limits.maxEntries(), limits);
                }
                String key = entry.isDirectory() ? null : keep.apply(Normalizer.normalize(entry.getName(), Normalizer.Form.NFC));
                // Unwanted entries are inflated too (that is how a zip stream skips them), so they count as well.
                ByteArrayOutputStream kept = key == null ? null : new ByteArrayOutputStream();
                int n;
                while ((n = in.read(chunk)) > 0) {
                    inflated += n;
                    if (inflated > limits.maxUncompressedBytes()) {
                        throw tooManyBytes("more than " + limits.maxUncompressedBytes() + " bytes once inflated", limits);
                    }
                    if (kept != null) {
                        kept.write(chunk, 0, n);
                    }
                }
                if (kept != null) {
                    files.put(key, kept.toString(StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /**
     * Reads the central directory (ZipFile needs a file: a temporary copy, deleted at once) and sums the declared sizes,
     * without inflating anything.
     */
    private static void checkCentralDirectory(byte[] zip, ZipLimits limits) throws IOException {
        Path copy = Files.createTempFile("leaderboard-import-", ".zip");
        try {
            Files.write(copy, zip);
            try (ZipFile file = new ZipFile(copy.toFile(), StandardCharsets.UTF_8)) {
                if (file.size() > limits.maxEntries()) {
                    throw tooManyEntries(String.valueOf(file.size()), limits);
                }
                long declared = 0;
                for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                    declared += Math.max(0, e.nextElement().getSize());
                    if (declared > limits.maxUncompressedBytes()) {
                        throw tooManyBytes("at least " + declared + " bytes uncompressed", limits);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static ZipTooLargeException tooManyEntries(String count, ZipLimits limits) {
        return new ZipTooLargeException("The zip holds " + count + " entries; at most " + limits.maxEntries()
                + " are accepted (leaderboard.imports.zip-max-entries). Nothing was imported.");
    }

    private static ZipTooLargeException tooManyBytes(String what, ZipLimits limits) {
        return new ZipTooLargeException("The zip unpacks to " + what + "; at most " + limits.maxUncompressedBytes()
                + " bytes are accepted (leaderboard.imports.zip-max-uncompressed-bytes). Nothing was imported.");
    }
}

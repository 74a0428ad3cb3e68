package org.llmleaderboard.importer;

/**
 * How much an uploaded zip may unpack to: its number of entries and the sum of their uncompressed sizes.
 * A zip bomb is small on the wire and huge once inflated, so the body-size limit alone does not bound it.
 */
public record ZipLimits(int maxEntries, long maxUncompressedBytes) {

    /** The defaults of {@code leaderboard.imports.*}: far above the bundled sets (850 files, 1.2 MB; 767, 2.2 MB). */
    public static final ZipLimits DEFAULTS = new ZipLimits(20_000, 64L * 1024 * 1024);

    public ZipLimits {
        if (maxEntries < 1 || maxUncompressedBytes < 1) {
            throw new IllegalArgumentException("zip limits must be positive: " + maxEntries + " entries, " + maxUncompressedBytes + " bytes");
        }
    }
}

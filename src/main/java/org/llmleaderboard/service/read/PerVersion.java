package org.llmleaderboard.service.read;

import org.llmleaderboard.service.DataVersion;

import java.util.function.Supplier;

/**
 * A value read from the database once per data version and shared by every request, for reads whose cost grows with
 * the data and whose result changes only with a write (the benchmark list, a page's facets). Kept under the version
 * read before it is read: data that committed meanwhile is read again at the next call. Only read services use it,
 * never inside a write, so nothing uncommitted is ever shared.
 */
final class PerVersion<T> {

    private final DataVersion version;
    private T value;
    private long readAt = -1;

    PerVersion(DataVersion version) {
        this.version = version;
    }

    /** The value of the current version, read by {@code read} if not yet (one reader at a time; the others wait). */
    synchronized T get(Supplier<T> read) {
        long now = version.current();
        if (value == null || readAt != now) {
            value = read.get();
            readAt = now;
        }
        return value;
    }

    /** Forgets the value: the next call reads again. */
    synchronized void clear() {
        value = null;
    }
}

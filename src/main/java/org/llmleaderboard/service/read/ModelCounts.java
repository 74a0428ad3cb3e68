package org.llmleaderboard.service.read;

import java.util.List;
import java.util.Map;

/**
 * Model counts for the filters and the insight pages, all summed from one grouped statement.
 *
 * @param architectures most first, ties in the enum's order
 * @param weights       {@code open}, {@code closed}, {@code unknown}, in that order
 * @param licences      most used first, ties by id
 * @param newestRelease the newest release date in the data (what "new" is relative to); null when no model has one
 */
public record ModelCounts(AccessCounts access, List<ArchitectureCount> architectures, Map<String, Integer> weights,
        List<LicenceCount> licences, java.time.LocalDate newestRelease) {

    public int total() {
        return access.total();
    }
}

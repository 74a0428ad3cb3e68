package org.llmleaderboard.query;

/**
 * How models are sorted: missing values last in both directions, ties by name.
 *
 * @param field       the sort key; ALSCORE when null
 * @param benchmark   the benchmark's slug when {@code field} is BENCHMARK
 * @param benchmarkId its id, once the read service has checked the slug; null before
 * @param direction   DESC when null
 */
public record SortOrder(ModelSortField field, String benchmark, Long benchmarkId, SortDirection direction) {

    /** Best ALScore first. */
    public static final SortOrder DEFAULT = new SortOrder(ModelSortField.ALSCORE, null, null, SortDirection.DESC);

    public SortOrder {
        field = field == null ? ModelSortField.ALSCORE : field;
        direction = direction == null ? SortDirection.DESC : direction;
    }

    /** A sort as asked for, before the benchmark slug is checked. */
    public static SortOrder of(ModelSortField field, String benchmark, SortDirection direction) {
        return new SortOrder(field, benchmark, null, direction);
    }

    /** This sort with the benchmark's id, once the slug is known to exist. */
    public SortOrder withBenchmarkId(Long id) {
        return new SortOrder(field, benchmark, id, direction);
    }
}

package org.llmleaderboard.service.read;

import java.util.List;

/**
 * How a model's scores and ranks changed over a source's editions (LiveBench's releases): one row per edition, newest
 * first, one cell per benchmark in {@code benchmarks}' order; empty when the model has no edition scores.
 */
public record EditionHistory(List<String> benchmarks, List<Row> rows) {

    public static final EditionHistory NONE = new EditionHistory(List.of(), List.of());

    /** One edition: its id ({@code 2026-01-08}) and a cell per benchmark (null where the model has no score). */
    public record Row(String edition, List<Cell> cells) {
    }

    /** The model's best score in the edition, and its rank among the edition's models. */
    public record Cell(double value, int rank, int of) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}

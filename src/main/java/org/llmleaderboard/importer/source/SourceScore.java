package org.llmleaderboard.importer.source;

import java.time.LocalDate;

/**
 * One score as a source gives it, in the benchmark's natural unit: a fraction of 0–1 is written as a percent (and
 * its stderr with it), an Elo-like or index score as it is.
 *
 * @param modelId       a {@link SourceModel#id()} of the same records
 * @param benchmark     the source's own benchmark id ({@code gpqa_diamond}, {@code livebench/coding}); the merge maps it
 * @param benchmarkName its display name ({@code GPQA Diamond})
 * @param value         the score
 * @param unit          {@code %}, {@code Elo}, {@code index}, {@code minutes}, {@code points}, ...
 * @param stderr        its standard error, in the same unit; null if not given
 * @param date          the run, release or publication date; null if not known
 * @param provenance    who produced it
 * @param sourceUrl     where it is published (the leaderboard, the paper, the source's page)
 * @param logUrl        the run's logs (Epoch's Inspect log viewer); null if none
 * @param setting       how it was run, in words ({@code reasoning effort high}, {@code 5-shot}); null if not said
 * @param release       the source's edition the score belongs to ({@code 2026-01-08} of LiveBench); null if none
 * @param runId         the source's run id, so a later import updates the run instead of adding it again; null if none
 */
public record SourceScore(String modelId, String benchmark, String benchmarkName, double value, String unit, Double stderr,
        LocalDate date, Provenance provenance, String sourceUrl, String logUrl, String setting, String release, String runId) {
}

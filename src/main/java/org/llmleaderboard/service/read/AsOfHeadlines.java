package org.llmleaderboard.service.read;

import org.llmleaderboard.repository.ScoreRow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's headline scores as of a date ({@code query.AsOf}): on each benchmark its headline if that counts, else the
 * first of the scores that count by the headline rule's order ({@code domain.HeadlineRule}: with a source link,
 * third-party before unknown before self-reported, newest), then the best value and the first recorded. A headline
 * published after the date thus gives way to the score the model had then, as the leaderboard's sort by a benchmark
 * picks it in SQL ({@code repository.AsOfClauses}).
 */
final class AsOfHeadlines {

    private static final Comparator<ScoreRow> ORDER = Comparator.comparingInt((ScoreRow s) -> s.headline() ? 0 : 1)
            .thenComparingInt(s -> s.sourceUrl() == null || s.sourceUrl().isEmpty() ? 1 : 0)
            .thenComparingInt(AsOfHeadlines::provenance)
            .thenComparing(ScoreRow::date, Comparator.nullsLast(Comparator.reverseOrder()));

    private AsOfHeadlines() {
    }

    /**
     * The value per benchmark slug of the scores that count, given in the repository's order (by benchmark, the headline
     * first, then the best value and the first recorded), which breaks the ties of {@link #ORDER}.
     */
    static Map<String, Double> of(List<ScoreRow> counted) {
        Map<String, ScoreRow> chosen = new HashMap<>();
        for (ScoreRow s : counted) {
            chosen.merge(s.benchmarkSlug(), s, (kept, next) -> ORDER.compare(next, kept) < 0 ? next : kept);
        }
        Map<String, Double> values = new HashMap<>();
        chosen.forEach((slug, s) -> values.put(slug, s.value()));
        return values;
    }

    /** 0 third-party, 1 unknown, 2 self-reported, as the headline rule ranks them. */
    private static int provenance(ScoreRow s) {
        if (Boolean.TRUE.equals(s.verified()) || Boolean.FALSE.equals(s.selfReported())) {
            return 0;
        }
        return s.selfReported() == null ? 1 : 2;
    }
}

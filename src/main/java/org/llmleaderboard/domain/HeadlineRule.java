package org.llmleaderboard.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule that picks a model's headline score on a benchmark when several sources give one
 * (the leaderboard sorts and ranks by the headline). In order:
 * <ol>
 * <li>a score with a source link over one without;</li>
 * <li>a third-party score (verified, or {@code selfReported = false}) over one of unknown provenance
 * ({@code selfReported = null}, e.g. the markdown set's compiled figures), over a self-reported one;</li>
 * <li>the newer (by the score's date; a dated score over an undated one);</li>
 * <li>then the first recorded (lowest id), so the choice is stable.</li>
 * </ol>
 * Imports apply it to every model × benchmark they touch; an editor can still pin another score with
 * {@code recordScore(headline: true)}.
 */
public final class HeadlineRule {

    private HeadlineRule() {
    }

    /** Best first. */
    public static final Comparator<Score> ORDER = Comparator
            .comparingInt((Score s) -> s.sourceUrl == null || s.sourceUrl.isBlank() ? 1 : 0)
            .thenComparingInt(HeadlineRule::provenanceRank)
            .thenComparing((Score s) -> s.date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing((Score s) -> s.id, Comparator.nullsLast(Comparator.<Long>naturalOrder()));

    /** 0 third-party, 1 unknown, 2 self-reported. */
    static int provenanceRank(Score s) {
        if (Boolean.TRUE.equals(s.verified) || Boolean.FALSE.equals(s.selfReported)) {
            return 0;
        }
        return s.selfReported == null ? 1 : 2;
    }

    /** Marks exactly one of these scores (one model, one benchmark) as the headline; returns it. */
    public static Score apply(List<Score> scores) {
        Score best = scores.stream().min(ORDER).orElse(null);
        for (Score s : scores) {
            s.headline = s == best;
        }
        return best;
    }
}

package org.llmleaderboard.domain;

import java.util.List;

/**
 * Which of several sourced values of one fact (parameters, active parameters, training tokens, release date) a model
 * shows as its headline — the value in its own column, which the leaderboard sorts by — in one documented rule:
 * <ol>
 * <li><b>Source priority</b>: an editor's value; then the markdown set (LifeArchitect.ai Models Table, the set the
 * leaderboard is built on); then the DeepSeek statistics page; then llm-stats. An import never overwrites a value a
 * model has: a later source's figure is kept beside it as a {@link ModelFact}, and fills the column only when empty.</li>
 * <li><b>Most specific wins</b> where two values agree: a day within the month a source gives refines it ("Jan 2025"
 * and 2025-01-20 show as "20 Jan 2025", {@link ReleaseDate#refinedBy}).</li>
 * <li>Values that disagree (numbers more than {@value #TOLERANCE_PERCENT}% apart, days outside the month) are all kept,
 * and the model page lists them, each with its source; the headline stays the first source's by priority.</li>
 * </ol>
 */
public final class FactHeadline {

    /** Figures within this many percent of each other are the same figure, rounded differently (3.8 B and 3.84 B). */
    public static final double TOLERANCE_PERCENT = 1.0;

    /** The sources in priority order, as {@code origin} values; null is the markdown set or an editor. */
    public static final List<String> PRIORITY = List.of("editor", "markdown set", "deepseek-statistics", "llm-stats");

    private FactHeadline() {
    }

    /** Whether two figures disagree (beyond rounding); a missing one disagrees with nothing. */
    public static boolean disagree(Double a, Double b) {
        if (a == null || b == null) {
            return false;
        }
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return larger > 0 && Math.abs(a - b) * 100 / larger > TOLERANCE_PERCENT;
    }
}

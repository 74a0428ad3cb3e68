package org.llmleaderboard.web.view;

import io.quarkus.qute.TemplateExtension;
import org.llmleaderboard.query.AsOf;

/**
 * The date control of a leaderboard view in a template: {@code {view.state.asOfValue}} for the date input,
 * {@code {view.state.asOfLabel}} ("1 Jun 2025") for the note, {@code {view.state.todayHref}} for its link back.
 */
@TemplateExtension
public final class AsOfExtensions {

    private AsOfExtensions() {
    }

    /** The date as the date input writes it ({@code 2025-06-01}), empty for today. */
    static String asOfValue(LeaderboardState state) {
        return state.asOf() == null ? "" : state.asOf().toString();
    }

    /** The date for people: "1 Jun 2025". */
    static String asOfLabel(LeaderboardState state) {
        return state.asOf() == null ? "" : Format.day(state.asOf());
    }

    /** The same view today: every filter and the sort kept, back on the first page. */
    static String todayHref(LeaderboardState state) {
        return state.without("asOf", null).href();
    }

    /** The date input's {@code min} and {@code max}: the dates {@code ?asOf=} accepts. */
    static String asOfMin(LeaderboardState state) {
        return AsOf.EARLIEST.toString();
    }

    static String asOfMax(LeaderboardState state) {
        return AsOf.today().toString();
    }
}

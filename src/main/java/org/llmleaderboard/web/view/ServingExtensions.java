package org.llmleaderboard.web.view;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.util.List;

/**
 * The serving filters of a leaderboard view in a template: {@code {view.state.maxPriceValue}} for the price input and
 * {@code {view.state.contextOptions}} for the context window's choices.
 */
@TemplateExtension
public final class ServingExtensions {

    /** The context windows one picks from: the sizes providers commonly serve. */
    private static final List<Integer> CONTEXTS = List.of(32_000, 128_000, 200_000, 1_000_000);

    private ServingExtensions() {
    }

    /** The price as the input writes it ({@code 1.5}), empty for any. */
    static String maxPriceValue(LeaderboardState state) {
        Double p = state.serving().maxPrice();
        return p == null ? "" : BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
    }

    /** "Any", then each size ("128K"), the chosen one selected; a size chosen by hand in the URL is listed too. */
    static List<FilterGroup.Option> contextOptions(LeaderboardState state) {
        Integer chosen = state.serving().minContext();
        List<FilterGroup.Option> options = new java.util.ArrayList<>();
        options.add(new FilterGroup.Option("", "any", -1, chosen == null));
        for (Integer c : CONTEXTS) {
            options.add(new FilterGroup.Option(c.toString(), Format.contextWindow(c), -1, c.equals(chosen)));
        }
        if (chosen != null && !CONTEXTS.contains(chosen)) {
            options.add(new FilterGroup.Option(chosen.toString(), Format.contextWindow(chosen), -1, true));
        }
        return options;
    }
}

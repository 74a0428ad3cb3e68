package org.llmleaderboard.domain;

import java.util.Locale;

/**
 * Whether a model's weights are open, derived from its licence and its weights link, in one place.
 * <ul>
 * <li>a proprietary licence: closed ({@code false}), whatever else is said;</li>
 * <li>a link to downloadable weights: open ({@code true}), whatever the licence's terms of use;</li>
 * <li>a known non-proprietary licence without a weights link: open (the licence is a weights licence);</li>
 * <li>otherwise (no licence, or "unknown"): unknown ({@code null}).</li>
 * </ul>
 */
public final class OpenWeights {

    private OpenWeights() {
    }

    public static Boolean of(String licenceId, String weightsUrl) {
        String licence = licenceId == null ? "" : licenceId.trim().toLowerCase(Locale.ROOT);
        if (licence.equals("proprietary")) {
            return false;
        }
        if (weightsUrl != null && !weightsUrl.isBlank()) {
            return true;
        }
        if (licence.isEmpty() || licence.equals("unknown")) {
            return null;
        }
        return true;
    }
}

package org.llmleaderboard.web.view;

/**
 * A labelled tick of a chart axis: its text and its position (x in percent of the plot's width for a horizontal axis,
 * y in pixels for a vertical one; see {@link PlotFrame}). Also the small numeric helpers the charts share.
 */
public record AxisTick(String label, double position) {

    /** A step of 1, 2 or 5 × 10ⁿ that cuts {@code span} into at most about {@code ticks} parts. */
    static double niceStep(double span, int ticks) {
        if (!(span > 0)) {
            return 1;
        }
        double raw = span / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** Coordinates to a tenth of a unit (pixel or percent): short markup, no visible difference. */
    static double px(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
